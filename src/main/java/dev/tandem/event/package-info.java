/** Safety events as people report them from the field and as the safety department reviews them. */
@ApplicationModule(allowedDependencies = {"shared :: web", "organisation", "history"})
package dev.tandem.event;

import org.springframework.modulith.ApplicationModule;
