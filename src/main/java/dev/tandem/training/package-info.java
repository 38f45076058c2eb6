/**
 * Training and competence: the catalogue of competences with their validity periods kept as data, training records
 * and sessions, contractors' records approved by the safety department, and whether a person is cleared for work.
 */
@ApplicationModule(allowedDependencies = {"shared :: web", "shared :: imports", "organisation", "history"})
package dev.tandem.training;

import org.springframework.modulith.ApplicationModule;
