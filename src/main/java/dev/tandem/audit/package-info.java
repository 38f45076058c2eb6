/**
 * Audits and inspections with checklists: templates with sections, questions, scoring and conditions across
 * questions, published in versions that inspections keep; inspections ad hoc or due by schedules, their findings
 * raised as actions. Its named interface {@code inspections} holds the commands (and what they answer) that the demo
 * plant writes its year of checklists through; {@code events} what it tells other modules.
 */
@ApplicationModule(allowedDependencies = {"shared :: web", "shared :: imports", "organisation", "history", "action"})
package dev.tandem.audit;

import org.springframework.modulith.ApplicationModule;
