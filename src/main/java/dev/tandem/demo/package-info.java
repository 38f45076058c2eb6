/** The demo plant: generated deterministically when the database is empty and demo mode is on. */
@ApplicationModule(allowedDependencies = {"organisation", "identity", "event", "action", "kpi", "equipment", "signal"})
package dev.tandem.demo;

import org.springframework.modulith.ApplicationModule;
