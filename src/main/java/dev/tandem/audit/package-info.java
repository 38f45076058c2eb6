/**
 * Audits and inspections with checklists: templates with sections, questions, scoring and conditions across
 * questions, published in versions that inspections keep.
 */
@ApplicationModule(allowedDependencies = {"shared :: web", "shared :: imports", "organisation", "history"})
package dev.tandem.audit;

import org.springframework.modulith.ApplicationModule;
