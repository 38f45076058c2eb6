package dev.tandem.investigation;

import dev.tandem.history.Recorded;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An investigation as its history records it: every field but the overdue round's claim, the records investigated and
 * the arrows of its cause chart (each with its reason on the field), and each fact, chain of 5 Whys, fishbone cause,
 * chart cause and root cause numbered in order.
 */
final class InvestigationSnapshot {

    private InvestigationSnapshot() {}

    static Map<String, Object> of(Investigation investigation) {
        var fields = new LinkedHashMap<>(Recorded.fields(
                "title", investigation.title(),
                "siteId", investigation.siteId(),
                "areaId", investigation.areaId(),
                "equipmentId", investigation.equipmentId(),
                "downtimeReason", investigation.downtimeReason(),
                "contractorId", investigation.contractorId(),
                "status", investigation.status(),
                "required", investigation.required(),
                "triggerCode", investigation.triggerCode(),
                "leaderPersonId", investigation.leaderPersonId(),
                "memberPersonIds", investigation.memberPersonIds(),
                "dueDate", investigation.dueDate(),
                "queuedAt", investigation.queuedAt(),
                "openedAt", investigation.openedAt(),
                "declinedReason", investigation.declinedReason(),
                "fishboneCategories", investigation.methods().fishboneCategories(),
                "closedAt", investigation.closedAt(),
                "acceptedBy", investigation.acceptedBy(),
                "acceptanceReason", investigation.acceptanceReason()));
        fields.putAll(Recorded.numbered(
                "facts",
                investigation.facts(),
                fact -> Recorded.fields(
                        "happenedAt", fact.happenedAt(),
                        "what", fact.what(),
                        "source", fact.source())));
        fields.putAll(Recorded.numbered(
                "whyChains",
                investigation.methods().whyChains(),
                chain -> Recorded.fields(
                        "problem", chain.problem(),
                        "whys", String.join(" → ", chain.whys()))));
        fields.putAll(Recorded.numbered(
                "fishboneCauses",
                investigation.methods().fishboneCauses(),
                cause -> Recorded.fields(
                        "category", cause.category(),
                        "cause", cause.cause())));
        fields.putAll(Recorded.numbered(
                "chartCauses",
                investigation.methods().chartCauses(),
                cause -> Recorded.fields(
                        "cause", cause.cause(),
                        "evidence", cause.evidence())));
        fields.putAll(Recorded.numbered(
                "rootCauses",
                investigation.methods().rootCauses(),
                cause -> Recorded.fields(
                        "cause", cause.cause(),
                        "rootClass", cause.rootClass())));
        return fields;
    }
}
