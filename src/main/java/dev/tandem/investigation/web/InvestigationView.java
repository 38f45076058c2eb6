package dev.tandem.investigation.web;

import dev.tandem.equipment.DowntimeReason;
import dev.tandem.investigation.ChartCause;
import dev.tandem.investigation.ChartLink;
import dev.tandem.investigation.Fact;
import dev.tandem.investigation.FishboneCause;
import dev.tandem.investigation.InvestigatedRecord;
import dev.tandem.investigation.Investigation;
import dev.tandem.investigation.InvestigationStatus;
import dev.tandem.investigation.RootCause;
import dev.tandem.investigation.WhyChain;
import dev.tandem.investigation.triggers.TriggerCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** An investigation as the API answers it; its version travels as the ETag. */
record InvestigationView(
        UUID id,
        String title,
        InvestigationStatus status,
        boolean required,
        TriggerCode triggerCode,
        UUID siteId,
        UUID areaId,
        UUID equipmentId,
        DowntimeReason downtimeReason,
        UUID contractorId,
        UUID leaderPersonId,
        List<UUID> memberPersonIds,
        LocalDate dueDate,
        Instant queuedAt,
        Instant openedAt,
        String declinedReason,
        List<InvestigatedRecord> records,
        List<FactView> facts,
        List<WhyChain> whyChains,
        List<String> fishboneCategories,
        List<FishboneCause> fishboneCauses,
        List<ChartCause> chartCauses,
        List<ChartLink> chartLinks,
        List<RootCause> rootCauses,
        boolean voided) {

    /** A fact with the ids of its evidence files ({@code …/facts/{fact}/evidence/{file}}). */
    record FactView(UUID id, Instant happenedAt, String what, String source, List<UUID> evidence) {}

    static InvestigationView of(Investigation investigation, Function<UUID, List<UUID>> evidence) {
        return new InvestigationView(
                investigation.id(),
                investigation.title(),
                investigation.status(),
                investigation.required(),
                investigation.triggerCode(),
                investigation.siteId(),
                investigation.areaId(),
                investigation.equipmentId(),
                investigation.downtimeReason(),
                investigation.contractorId(),
                investigation.leaderPersonId(),
                investigation.memberPersonIds(),
                investigation.dueDate(),
                investigation.queuedAt(),
                investigation.openedAt(),
                investigation.declinedReason(),
                investigation.records(),
                investigation.facts().stream()
                        .map(fact -> factView(fact, evidence))
                        .toList(),
                investigation.methods().whyChains(),
                investigation.methods().fishboneCategories(),
                investigation.methods().fishboneCauses(),
                investigation.methods().chartCauses(),
                investigation.methods().chartLinks(),
                investigation.methods().rootCauses(),
                investigation.isVoided());
    }

    private static FactView factView(Fact fact, Function<UUID, List<UUID>> evidence) {
        return new FactView(fact.id(), fact.happenedAt(), fact.what(), fact.source(), evidence.apply(fact.id()));
    }
}
