package dev.tandem.investigation;

import dev.tandem.equipment.DowntimeEnded;
import dev.tandem.equipment.DowntimeFilter;
import dev.tandem.event.EventReported;
import dev.tandem.event.EventRevised;
import dev.tandem.event.InjuryClass;
import dev.tandem.event.SafetyEvent;
import dev.tandem.investigation.triggers.InvestigationTrigger;
import dev.tandem.investigation.triggers.TriggerCode;
import dev.tandem.investigation.triggers.TriggerRules;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Fills the queue from the triggers kept as data: a safety event with a fatality, a lost-time injury or SIF potential
 * requires an investigation (the gravest rule that applies, once the event says so: at its report or its review); a
 * downtime longer than the rule's hours, or the rule's number of downtimes for the same reason on one machine within
 * its days, suggests one. A record already investigated, or a machine and reason already under investigation, is not
 * queued again. Decisions are taken one at a time, so two announcements at once never queue a record twice.
 */
@Component
class InvestigationQueue {

    /** Most records one queued investigation of repeats names: the latest of them. */
    private static final int MOST_RECORDS = 50;

    private final InvestigationDesk desk;
    private final InvestigatedRecords records;
    private final TriggerRules rules;
    private final JdbcClient jdbc;

    InvestigationQueue(InvestigationDesk desk, InvestigatedRecords records, TriggerRules rules, JdbcClient jdbc) {
        this.desk = desk;
        this.records = records;
        this.rules = rules;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(EventReported reported) {
        considerEvent(reported.eventId());
    }

    @ApplicationModuleListener
    void on(EventRevised revised) {
        considerEvent(revised.eventId());
    }

    @ApplicationModuleListener
    void on(DowntimeEnded ended) {
        if (ended.planned()) {
            return;
        }
        lock(ended.equipmentId());
        var record = new InvestigatedRecord(RecordKind.DOWNTIME, ended.downtimeId());
        if (investigated(record)) {
            return;
        }
        var longer = rules.rule(TriggerCode.LONG_DOWNTIME);
        if (longer.inForce() && ended.duration().compareTo(Duration.ofHours(longer.hours())) > 0) {
            queue(List.of(record), longer);
            return;
        }
        var repeated = rules.rule(TriggerCode.REPEATED_DOWNTIME);
        if (repeated.inForce() && !machineUnderInvestigation(ended)) {
            var window = ended.endedAt().minus(Duration.ofDays(repeated.withinDays()));
            var filter = new DowntimeFilter(
                    ended.equipmentId(), null, null, ended.reason(), false, false, window, ended.endedAt(), null);
            var repeats = records.downtimes(filter, MOST_RECORDS).stream()
                    .filter(downtime -> !downtime.startedAt().isBefore(window))
                    .map(downtime -> new InvestigatedRecord(RecordKind.DOWNTIME, downtime.id()))
                    .toList();
            if (repeats.size() >= repeated.repeats() && repeats.contains(record)) {
                queue(repeats, repeated);
            }
        }
    }

    private void considerEvent(UUID eventId) {
        var event = records.event(eventId);
        if (event.isEmpty()) {
            return;
        }
        lock(eventId);
        var record = new InvestigatedRecord(RecordKind.EVENT, eventId);
        if (!investigated(record)) {
            triggerOf(event.get()).ifPresent(rule -> queue(List.of(record), rule));
        }
    }

    /** The first enabled rule the event meets, from the gravest down. */
    private Optional<InvestigationTrigger> triggerOf(SafetyEvent event) {
        var classes =
                event.injuries().stream().map(injury -> injury.injuryClass()).toList();
        return List.of(TriggerCode.FATALITY, TriggerCode.LOST_TIME, TriggerCode.SIF_POTENTIAL).stream()
                .filter(code -> switch (code) {
                    case FATALITY -> classes.contains(InjuryClass.FATALITY);
                    case LOST_TIME -> classes.contains(InjuryClass.LOST_TIME);
                    default -> event.sifPotential();
                })
                .map(rules::rule)
                .filter(InvestigationTrigger::inForce)
                .findFirst();
    }

    private void queue(List<InvestigatedRecord> investigated, InvestigationTrigger rule) {
        desk.queue(investigated, rule.code(), rule.required(), rule.dueDays());
    }

    private boolean investigated(InvestigatedRecord record) {
        return jdbc.sql(
                                """
                        select count(*) from investigation_record r join investigation i on i.id = r.investigation
                        where r.record_id = :record and i.voided_at is null""")
                        .param("record", record.recordId())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private boolean machineUnderInvestigation(DowntimeEnded ended) {
        return jdbc.sql(
                                """
                        select count(*) from investigation i
                        where i.equipment_id = :machine and i.downtime_reason = :reason
                          and i.status in ('QUEUED', 'OPEN') and i.voided_at is null""")
                        .param("machine", ended.equipmentId())
                        .param("reason", ended.reason().name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * One queue decision at a time for an event or a machine across the application's nodes, until the transaction
     * ends; decisions about other records go on meanwhile.
     */
    private void lock(UUID key) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('investigation-queue:' || :key))")
                .param("key", key.toString())
                .query((rs, row) -> 1)
                .list();
    }
}
