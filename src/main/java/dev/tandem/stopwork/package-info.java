/**
 * Stop-work authority: anyone signed in stops unsafe work, the area's manager or the site's safety department
 * acknowledges, removes the cause or compensates for it, and the work resumes only with a written justification.
 */
@ApplicationModule(allowedDependencies = {"shared :: web", "organisation", "history", "risk", "event", "equipment"})
package dev.tandem.stopwork;

import org.springframework.modulith.ApplicationModule;
