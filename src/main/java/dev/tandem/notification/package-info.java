/**
 * Who hears of what: notifications made from other modules' events by rules kept as data, the in-app inbox and bell,
 * e-mail and webhook channels, escalation ladders and the delivery log.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared :: web",
            "action",
            "event",
            "signal",
            "risk",
            "training",
            "stopwork",
            "investigation",
            "contractor",
            "meeting",
            "equipment",
            "organisation",
            "identity",
            "history",
            "database"
        })
package dev.tandem.notification;

import org.springframework.modulith.ApplicationModule;
