/**
 * The risk register: risks assessed on a versioned matrix, the fatal flag, controls by the hierarchy with verified
 * critical controls, compensating measures as actions and the residual risk they leave.
 */
@ApplicationModule(allowedDependencies = {"shared :: web", "shared :: imports", "organisation", "history", "action"})
package dev.tandem.risk;

import org.springframework.modulith.ApplicationModule;
