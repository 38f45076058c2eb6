/** Who changed what and when on every safety record, and voiding with a reason instead of deleting. */
@ApplicationModule(allowedDependencies = {})
package dev.tandem.history;

import org.springframework.modulith.ApplicationModule;
