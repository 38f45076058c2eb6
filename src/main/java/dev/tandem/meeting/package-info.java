/**
 * Meetings of the plant with its contractors, and of each site's safety committee, through one machinery: a working
 * meeting every shift rotation of an engagement (its rotation pattern in the site's time zone) or a committee every
 * month, an agenda that builds itself from the other modules' records, attendees, decisions that become corrective
 * actions, minutes in the meeting's language told to its attendees, and the share of rotations that had a meeting.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared :: web",
            "organisation",
            "history",
            "contractor",
            "action",
            "event",
            "stopwork",
            "risk"
        })
package dev.tandem.meeting;

import org.springframework.modulith.ApplicationModule;
