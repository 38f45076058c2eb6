/**
 * Investigations of incidents, near misses, early warnings and equipment downtime to their root causes, one machinery
 * for safety and for reliability: the queue that triggers kept as data fill, the team, the facts, the methods and the
 * lessons learned.
 */
@ApplicationModule(
        allowedDependencies = {"shared :: web", "organisation", "history", "event", "equipment", "action", "signal"})
package dev.tandem.investigation;

import org.springframework.modulith.ApplicationModule;
