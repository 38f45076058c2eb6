/** How Tandem reaches PostgreSQL: an embedded server for zero-setup runs, or an external one when configured. */
@ApplicationModule(allowedDependencies = {})
package dev.tandem.database;

import org.springframework.modulith.ApplicationModule;
