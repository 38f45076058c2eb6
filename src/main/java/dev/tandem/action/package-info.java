/** Corrective and preventive actions from any source: owner, due date, progress, verification by a second person. */
@ApplicationModule(allowedDependencies = {"shared :: web", "organisation", "history", "event"})
package dev.tandem.action;

import org.springframework.modulith.ApplicationModule;
