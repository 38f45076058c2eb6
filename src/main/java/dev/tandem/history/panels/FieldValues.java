package dev.tandem.history.panels;

import java.util.Map;

/**
 * How the values of each audited field read, by field name: history keeps values as text, so the panel needs to know
 * which text is a time, a choice, a yes/no or a reference. A field not listed reads as its text; a test holds every
 * audited field of every record to a label, and every id, choice and yes/no among them to a reading.
 */
sealed interface FieldValues {

    /** Text as it was written: names, codes, descriptions, dates. */
    record Text() implements FieldValues {}

    record YesNo() implements FieldValues {}

    /** An instant, shown in the record's zone. */
    record Time() implements FieldValues {}

    record Number() implements FieldValues {}

    /** A language by its tag, shown by its name. */
    record Language() implements FieldValues {}

    /**
     * One of a fixed set, labelled by the message {@code prefix + code}; {@code many} for a set of them, whose empty set
     * reads as the message {@code whenEmpty} where an empty set means something (null: as nothing).
     */
    record Choice(String prefix, boolean many, String whenEmpty) implements FieldValues {
        Choice(String prefix, boolean many) {
            this(prefix, many, null);
        }
    }

    /** Another record by its id, named by its module; {@code recordType} null for any kind; {@code many} for a set. */
    record Reference(String recordType, boolean many) implements FieldValues {}

    static FieldValues of(String field) {
        return BY_FIELD.getOrDefault(field, new Text());
    }

    private static Choice choice(String prefix) {
        return new Choice(prefix, false);
    }

    private static Reference to(String recordType) {
        return new Reference(recordType, false);
    }

    /** Field names mean the same in every record that has them, except where the record type is part of the key. */
    static FieldValues of(String recordType, String field) {
        var specific = BY_FIELD.get(recordType + ":" + field);
        return specific != null ? specific : of(field);
    }

    Map<String, FieldValues> BY_FIELD = Map.ofEntries(
            Map.entry("siteId", to("site")),
            Map.entry("areaId", to("area")),
            Map.entry("organisationId", to("organisation")),
            Map.entry("responsibleOrganisationId", to("organisation")),
            Map.entry("reporterOrganisationId", to("organisation")),
            Map.entry("involvedOrganisationIds", new Reference("organisation", true)),
            Map.entry("personId", to("person")),
            Map.entry("injuries.personId", to("person")),
            Map.entry("injuries.organisationId", to("organisation")),
            Map.entry("ownerId", to("person")),
            Map.entry("ownerPersonId", to("person")),
            Map.entry("managingDirectorId", to("person")),
            Map.entry("hseLeadId", to("person")),
            Map.entry("violatorPersonId", to("person")),
            Map.entry("verifiedBy", to("person")),
            Map.entry("equipmentId", to("equipment")),
            Map.entry("hazardCategoryId", to("hazard-category")),
            Map.entry("matrixId", to("risk-matrix")),
            Map.entry("residualMatrixId", to("risk-matrix")),
            Map.entry("acceptedBy", to("person")),
            Map.entry("riskId", to("risk")),
            Map.entry("risks.riskId", to("risk")),
            Map.entry("sourceId", new Reference(null, false)),
            Map.entry("safety-event:type", choice("event.type.")),
            Map.entry("safety-event:status", choice("event.status.")),
            Map.entry("equipment:type", choice("equipment.type.")),
            Map.entry("organisation:status", choice("organisation.status.")),
            Map.entry("corrective-action:status", choice("action.status.")),
            Map.entry("risk:status", choice("risk.status.")),
            Map.entry("stop-work:status", choice("stopwork.status.")),
            Map.entry("investigation:status", choice("investigation.status.")),
            Map.entry("triggerCode", choice("investigation.trigger.")),
            Map.entry("downtimeReason", choice("equipment.reason.")),
            Map.entry("contractorId", to("organisation")),
            Map.entry("leaderPersonId", to("person")),
            Map.entry("memberPersonIds", new Reference("person", true)),
            Map.entry("required", new YesNo()),
            Map.entry("inForce", new YesNo()),
            Map.entry("queuedAt", new Time()),
            Map.entry("openedAt", new Time()),
            Map.entry("facts.happenedAt", new Time()),
            Map.entry("repeats", new Number()),
            Map.entry("withinDays", new Number()),
            Map.entry("dueDays", new Number()),
            Map.entry("fishboneCategories", new Choice("investigation.category.", true)),
            Map.entry("fishboneCauses.category", choice("investigation.category.")),
            Map.entry("rootCauses.rootClass", choice("investigation.rootClass.")),
            Map.entry("lesson:status", choice("lesson.status.")),
            Map.entry("lesson:category", choice("lesson.category.")),
            Map.entry("lesson:equipmentType", choice("equipment.type.")),
            Map.entry("rootClasses", new Choice("investigation.rootClass.", true)),
            Map.entry("writtenIn", new Language()),
            Map.entry("texts.language", new Language()),
            Map.entry("showOnScreens", new YesNo()),
            Map.entry("submittedAt", new Time()),
            Map.entry("publishedAt", new Time()),
            Map.entry("closedAt", new Time()),
            Map.entry("resolvedAs", choice("stopwork.status.")),
            Map.entry("raisedAt", new Time()),
            Map.entry("acknowledgedAt", new Time()),
            Map.entry("resolvedAt", new Time()),
            Map.entry("resumedAt", new Time()),
            Map.entry("judgedAt", new Time()),
            Map.entry("acknowledgedBy", to("person")),
            Map.entry("resolvedBy", to("person")),
            Map.entry("resumedBy", to("person")),
            Map.entry("judgedBy", to("person")),
            Map.entry("sourceEventId", to("safety-event")),
            Map.entry("risk-control:level", choice("control.level.")),
            Map.entry("effectiveness", choice("control.effectiveness.")),
            Map.entry("critical", new YesNo()),
            Map.entry("cadenceDays", new Number()),
            Map.entry("lastVerifiedAt", new Time()),
            Map.entry("band", choice("risk.band.")),
            Map.entry("residualBand", choice("risk.band.")),
            Map.entry("outcome", choice("history.outcome.")),
            Map.entry("injuries.injuryClass", choice("injury.class.")),
            Map.entry("sourceType", choice("action.sourceType.")),
            Map.entry("sourceCategory", choice("event.type.")),
            Map.entry("priority", choice("action.priority.")),
            Map.entry("criticality", choice("equipment.criticality.")),
            Map.entry("kind", choice("organisation.kind.")),
            Map.entry("escalation-ladder:kind", choice("ladder.kind.")),
            Map.entry("notification-rules:kind", choice("ladder.kind.")),
            Map.entry("publishedVersion", new Number()),
            Map.entry("checklist-template:questions.type", choice("audit.questionType.")),
            Map.entry("checklist-template:questions.required", new YesNo()),
            Map.entry("checklist-template:questions.weight", new Number()),
            Map.entry("checklist-template:questions.minimum", new Number()),
            Map.entry("checklist-template:questions.maximum", new Number()),
            Map.entry("templateId", to("checklist-template")),
            Map.entry("templateVersion", new Number()),
            Map.entry("startedByOrganisationId", to("organisation")),
            Map.entry("assignedPersonId", to("person")),
            Map.entry("assignedRole", choice("role.")),
            Map.entry("inspection:status", choice("audit.status.")),
            Map.entry("dueAt", new Time()),
            Map.entry("completedAt", new Time()),
            Map.entry("points", new Number()),
            Map.entry("possible", new Number()),
            Map.entry("percentage", new Number()),
            Map.entry("answers.photoId", new YesNo()),
            Map.entry("cadence", choice("audit.cadence.")),
            Map.entry("inspection:kind", choice("audit.kind.")),
            Map.entry("invitedPersonId", to("person")),
            Map.entry("contractorSignedAt", new Time()),
            Map.entry("ownerSignedAt", new Time()),
            Map.entry("competenceId", to("competence")),
            Map.entry("sessionId", to("training-session")),
            Map.entry("approvedBy", to("person")),
            Map.entry("approvedAt", new Time()),
            Map.entry("validityMonths", new Number()),
            Map.entry("mentor", new YesNo()),
            Map.entry("expiryGiven", new YesNo()),
            Map.entry("competence:evidence", choice("training.evidence.")),
            Map.entry("training-record:result", choice("training.result.")),
            Map.entry("training-record:status", choice("training.status.")),
            Map.entry("evidenceFiles", new Number()),
            Map.entry("training-requirement:role", choice("role.")),
            Map.entry("webhook-channel:kinds", new Choice("ladder.kind.", true, "webhooks.allKinds")),
            Map.entry("switchedOn", new YesNo()),
            Map.entry("secretIssuedAt", new Time()),
            Map.entry("everySite", new Choice("recipientRole.", true)),
            Map.entry("sites.siteId", to("site")),
            Map.entry("sites.roles", new Choice("recipientRole.", true)),
            Map.entry("steps.role", choice("recipientRole.")),
            Map.entry("steps.afterMinutes", new Number()),
            Map.entry("repeatEveryMinutes", new Number()),
            Map.entry("daysWithoutTrigger", choice("enterprise.trigger.")),
            Map.entry("roles", new Choice("role.", true)),
            Map.entry("language", new Language()),
            Map.entry("sifPotential", new YesNo()),
            Map.entry("fatal", new YesNo()),
            Map.entry("deliberate", new YesNo()),
            Map.entry("enabled", new YesNo()),
            Map.entry("mustChangePassword", new YesNo()),
            Map.entry("anonymousReporting", new YesNo()),
            Map.entry("ltiCountsFatalities", new YesNo()),
            Map.entry("occurredAt", new Time()),
            Map.entry("doneAt", new Time()),
            Map.entry("verifiedAt", new Time()),
            Map.entry("passwordChangedAt", new Time()),
            Map.entry("lockedUntil", new Time()),
            Map.entry("hours", new Number()),
            Map.entry("likelihood", new Number()),
            Map.entry("severity", new Number()),
            Map.entry("residualLikelihood", new Number()),
            Map.entry("residualSeverity", new Number()),
            Map.entry("averageHeadcount", new Number()),
            Map.entry("rotateSeconds", new Number()),
            Map.entry("frequencyRateBase", new Number()),
            Map.entry("expectedMin", new Number()),
            Map.entry("expectedMax", new Number()),
            Map.entry("injuries.daysAway", new Number()),
            Map.entry("injuries.daysRestricted", new Number()),
            Map.entry("policyId", to("contractor-policy")),
            Map.entry("reviewedBy", to("person")),
            Map.entry("reviewedAt", new Time()),
            Map.entry("questionnaireStatus", choice("contractor.questionnaire.")),
            Map.entry("contractor-document:status", choice("contractor.document.status.")),
            Map.entry("years.hours", new Number()),
            Map.entry("years.fatalities", new Number()),
            Map.entry("years.lostTime", new Number()),
            Map.entry("years.restrictedWork", new Number()),
            Map.entry("years.medicalTreatment", new Number()),
            Map.entry("documents.warnDays", new Number()),
            Map.entry("documents.minValidityDays", new Number()),
            Map.entry("documents.appliesToRunning", new YesNo()),
            Map.entry("areaIds", new Reference("area", true)),
            Map.entry("plannedHeadcount", new Number()),
            Map.entry("mentorPersonId", to("person")),
            Map.entry("mentorSignedBy", to("person")),
            Map.entry("mentorSignedAt", new Time()),
            Map.entry("contractorSignedBy", to("person")),
            Map.entry("contractor-engagement:status", choice("engagement.status.")),
            Map.entry("contractor-engagement:risks", new Reference("risk", true)),
            Map.entry("dueDay", new Number()),
            Map.entry("engagementId", to("contractor-engagement")),
            Map.entry("contractor-onboarding-step:kind", choice("onboarding.kind.")),
            Map.entry("contractor-onboarding:steps.kind", choice("onboarding.kind.")),
            Map.entry("steps.stepId", to("contractor-onboarding-step")),
            Map.entry("steps.dueDay", new Number()),
            Map.entry("steps.tickedBy", to("person")),
            Map.entry("meeting:kind", choice("meeting.kind.")),
            Map.entry("meeting:status", choice("meeting.status.")),
            Map.entry("heldAt", new Time()),
            Map.entry("attendees.personId", to("person")),
            Map.entry("attendees.organisationId", to("organisation")),
            Map.entry("attendees.present", new YesNo()),
            Map.entry("agenda.source", choice("meeting.source.")),
            Map.entry("agenda.outcome", choice("meeting.outcome.")),
            Map.entry("decisions.ownerPersonId", to("person")),
            Map.entry("decisions.responsibleOrganisationId", to("organisation")),
            Map.entry("members.personId", to("person")),
            Map.entry("members.organisationId", to("organisation")),
            Map.entry("dayOfMonth", new Number()));
}
