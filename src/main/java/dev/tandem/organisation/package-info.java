/** The plant as people know it: the enterprise, its sites and areas, the owner company, contractors and people. */
@ApplicationModule(allowedDependencies = {"shared :: web", "history"})
package dev.tandem.organisation;

import org.springframework.modulith.ApplicationModule;
