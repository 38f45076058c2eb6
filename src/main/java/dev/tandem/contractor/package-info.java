/**
 * Contractors as partners: their lifecycle, prequalification (document policies per contractor type, documents with
 * expiry, the safety questionnaire), engagements with mentors and risk reviews, onboarding and the site access check.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared :: web",
            "organisation",
            "history",
            "kpi",
            "training",
            "risk",
            "audit :: events",
            "action",
            "event"
        })
package dev.tandem.contractor;

import org.springframework.modulith.ApplicationModule;
