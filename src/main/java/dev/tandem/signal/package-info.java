/** Control-system signal ingestion and streaming detectors that raise early warnings. */
@ApplicationModule(allowedDependencies = {"shared :: web", "organisation", "history", "event", "equipment"})
package dev.tandem.signal;

import org.springframework.modulith.ApplicationModule;
