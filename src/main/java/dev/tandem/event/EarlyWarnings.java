package dev.tandem.event;

import dev.tandem.history.AuditedRecords;
import dev.tandem.history.CreateRule;
import dev.tandem.history.History;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Early warnings: safety events that Tandem's signal detectors raise on equipment, never people. They are
 * reported for the owner company, read and reviewed like any other event, and acknowledged as false alarms when
 * nothing was wrong.
 */
@Service
@Transactional
public class EarlyWarnings {

    private final AuditedRecords<SafetyEvent> records;
    private final PlantReferences plant;
    private final WarningSignals signals;
    private final WarningExplanations explanations;
    private final Clock clock;

    EarlyWarnings(
            SafetyEvents events,
            History history,
            PlantReferences plant,
            WarningSignals signals,
            WarningExplanations explanations,
            Clock clock) {
        this.records = history.auditing(events, EventAccess::canRead);
        this.plant = plant;
        this.signals = signals;
        this.explanations = explanations;
        this.clock = clock;
    }

    /**
     * Records an early warning with the signals behind it; the event tells the rest of Tandem, as a report by a
     * person does. A warning whose id is stored already is returned as it is.
     */
    public SafetyEvent raise(EarlyWarningDetected warning) {
        var system = Viewer.system();
        var created = records.create(
                warning.id(),
                CreateRule.checkedBefore(),
                id -> SafetyEvent.warned(
                        id,
                        warning,
                        plant.place(warning.siteId(), warning.areaId()),
                        plant.organisationOf(system),
                        Instant.now(clock)),
                system);
        var event = created.record();
        if (created.isNew()) {
            signals.write(event.id(), warning.signals());
        }
        return event;
    }

    /** The signals behind an early warning the viewer may read, the largest share first. */
    @Transactional(readOnly = true)
    public List<ContributingSignal> signals(SafetyEvent event) {
        return event.type() == EventType.EARLY_WARNING ? signals.of(event.id()) : List.of();
    }

    /**
     * The signals behind an early warning in words a shift foreman reads, such as: bearing temperature 12 °C above
     * normal, rising 0.8 °C/min. In {@code language}, in the order of {@link #signals}.
     */
    @Transactional(readOnly = true)
    public List<String> explanations(SafetyEvent event, Locale language) {
        return explanations.explain(signals(event), language);
    }

    /** What the leading signal of an early warning says, in {@code language}; empty when it names none. */
    @Transactional(readOnly = true)
    public String explanation(UUID eventId, Locale language) {
        return explanations.explainWarning(eventId, language);
    }

    /**
     * How many early warnings each equipment raised, how many are still open and how many were false alarms (not
     * counting voided ones): what tuning a detector starts from.
     */
    @Transactional(readOnly = true)
    public List<WarningTally> tallies() {
        return signals.tallies(null);
    }

    /** The same tallies over the warnings that occurred since {@code since}: recent false alarms, for tuning. */
    @Transactional(readOnly = true)
    public List<WarningTally> tallies(Instant since) {
        return signals.tallies(since);
    }

    /** @param open warnings not closed yet */
    public record WarningTally(UUID equipmentId, long warnings, long open, long falseAlarms) {}
}
