/** The plant as people know it: the enterprise, its sites and areas, the owner company, contractors and people. */
package dev.tandem.organisation;
