/**
 * The equipment of the plant: what it is, where it stands, how critical it is, and (from dispatch data) when it
 * ran, idled or was down.
 */
@ApplicationModule(allowedDependencies = {"shared :: web", "organisation", "history"})
package dev.tandem.equipment;

import org.springframework.modulith.ApplicationModule;
