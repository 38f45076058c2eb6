/** User accounts, roles, sign-in, personal API tokens, and the viewer every request carries. */
@ApplicationModule(allowedDependencies = {"shared :: web", "organisation", "history"})
package dev.tandem.identity;

import org.springframework.modulith.ApplicationModule;
