package dev.tandem.investigation;

import dev.tandem.equipment.Downtime;
import dev.tandem.equipment.DowntimeFilter;
import dev.tandem.equipment.Downtimes;
import dev.tandem.event.EventReporting;
import dev.tandem.event.SafetyEvent;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The records investigations look into, read through their modules' public APIs within what the viewer may read:
 * safety events through the event module, downtimes through the equipment module; and where they happened and whose
 * work was involved.
 */
@Component
class InvestigatedRecords {

    private final EventReporting events;
    private final Downtimes downtimes;
    private final OrganisationRegister organisations;

    InvestigatedRecords(EventReporting events, Downtimes downtimes, OrganisationRegister organisations) {
        this.events = events;
        this.downtimes = downtimes;
        this.organisations = organisations;
    }

    /** A safety event as Tandem itself reads it, for deciding whether it asks for an investigation. */
    Optional<SafetyEvent> event(UUID id) {
        return events.findEvent(id, Viewer.system()).filter(event -> !event.isVoided());
    }

    /** The unplanned downtimes the filter selects, the latest first, at most {@code most}. */
    List<Downtime> downtimes(DowntimeFilter filter, int most) {
        return downtimes.downtimes(filter, Paging.first(most), Viewer.system()).items();
    }

    /** The record, if it exists and the viewer may read it. */
    Optional<RecordSummary> find(InvestigatedRecord record, Viewer viewer) {
        return switch (record.kind()) {
            case EVENT ->
                events.findEvent(record.recordId(), viewer)
                        .filter(event -> !event.isVoided())
                        .map(event -> of(record, event));
            case DOWNTIME -> downtime(record.recordId(), viewer).map(downtime -> of(record, downtime));
        };
    }

    /**
     * Every record, each one the viewer may read, or a refusal naming the first that is not: an investigation of a
     * record its opener may not read is never made.
     */
    List<RecordSummary> readable(List<InvestigatedRecord> records, Viewer viewer) {
        if (records == null || records.isEmpty()) {
            throw new InvalidRequestException("records", "investigation.rule.recordsRequired");
        }
        if (records.stream().distinct().count() < records.size()) {
            throw new InvalidRequestException("records", "investigation.rule.recordTwice");
        }
        return records.stream()
                .map(record -> find(record, viewer)
                        .orElseThrow(() -> new InvalidRequestException(
                                "records", "investigation.rule.recordUnreadable", record.recordId())))
                .toList();
    }

    /**
     * Where it happened and whose work was involved: the first record's site; the area, the machine and the reason
     * when every record shares them; the first contractor among the organisations whose work the events concern.
     */
    InvestigationScope scope(List<RecordSummary> summaries) {
        var first = summaries.get(0);
        var area = shared(summaries.stream().map(RecordSummary::areaId).toList());
        var machine = summaries.stream().allMatch(summary -> summary.reason() != null)
                ? shared(summaries.stream().map(RecordSummary::equipmentId).toList())
                : null;
        var reason = machine == null
                ? null
                : shared(summaries.stream().map(RecordSummary::reason).toList());
        var contractor = summaries.stream()
                .map(RecordSummary::organisationId)
                .filter(Objects::nonNull)
                .filter(this::isContractor)
                .findFirst()
                .orElse(null);
        return new InvestigationScope(first.siteId(), area, machine, reason, contractor);
    }

    private boolean isContractor(UUID organisationId) {
        try {
            return organisations.organisation(organisationId, Viewer.system()).isContractor();
        } catch (NotFoundException gone) {
            return false;
        }
    }

    private static <T> T shared(List<T> values) {
        var first = values.get(0);
        return first != null && values.stream().allMatch(first::equals) ? first : null;
    }

    private Optional<Downtime> downtime(UUID id, Viewer viewer) {
        try {
            return Optional.of(downtimes.downtime(id, viewer)).filter(downtime -> !downtime.withdrawn());
        } catch (NotFoundException notStored) {
            return Optional.empty();
        }
    }

    private static RecordSummary of(InvestigatedRecord record, SafetyEvent event) {
        return new RecordSummary(
                record,
                event.siteId(),
                event.areaId(),
                event.organisationId(),
                event.occurredAt(),
                null,
                event.type(),
                event.equipmentId(),
                null,
                null,
                event.description());
    }

    private static RecordSummary of(InvestigatedRecord record, Downtime downtime) {
        return new RecordSummary(
                record,
                downtime.siteId(),
                downtime.areaId(),
                null,
                downtime.startedAt(),
                downtime.endedAt(),
                null,
                downtime.equipmentId(),
                downtime.equipmentCode() + " " + downtime.equipmentName(),
                downtime.reason(),
                downtime.note());
    }
}
