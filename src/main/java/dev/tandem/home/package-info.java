/** The start page of each role: what a person needs first when they open Tandem. */
@ApplicationModule(allowedDependencies = {"organisation"})
package dev.tandem.home;

import org.springframework.modulith.ApplicationModule;
