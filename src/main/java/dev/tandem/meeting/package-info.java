/**
 * Meetings of the plant with its contractors: a working meeting every shift rotation of an engagement (its rotation
 * pattern in the site's time zone), an agenda that builds itself from the other modules' records, attendees of both
 * sides, decisions that become corrective actions, and the share of rotations that had a meeting.
 */
@ApplicationModule(
        allowedDependencies = {"shared :: web", "organisation", "history", "contractor", "action", "event", "stopwork"})
package dev.tandem.meeting;

import org.springframework.modulith.ApplicationModule;
