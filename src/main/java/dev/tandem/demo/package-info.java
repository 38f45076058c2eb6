/**
 * The demo plant: generated deterministically when the database is empty and demo mode is on. It uses {@code history}
 * only for what the modules' idempotent creates answer ({@code Created}).
 */
@ApplicationModule(
        allowedDependencies = {
            "organisation",
            "identity",
            "event",
            "action",
            "kpi",
            "equipment",
            "signal",
            "history",
            "risk",
            "training",
            "stopwork",
            "investigation",
            "contractor",
            "contractor :: commands",
            "audit :: inspections",
            "meeting :: holding",
            "meeting :: rotations",
            "meeting :: committees"
        })
package dev.tandem.demo;

import org.springframework.modulith.ApplicationModule;
