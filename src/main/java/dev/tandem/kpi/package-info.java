/** Hours worked, safety figures and the live dashboard that everyone, contractors included, looks at. */
@ApplicationModule(
        allowedDependencies = {"shared :: web", "organisation", "history", "event", "action", "stopwork", "database"})
package dev.tandem.kpi;

import org.springframework.modulith.ApplicationModule;
