/**
 * Audits and inspections with checklists: templates with sections, questions, scoring and conditions across
 * questions, published in versions that inspections keep; inspections ad hoc or due by schedules, their findings
 * raised as actions.
 */
@ApplicationModule(allowedDependencies = {"shared :: web", "shared :: imports", "organisation", "history", "action"})
package dev.tandem.audit;

import org.springframework.modulith.ApplicationModule;
