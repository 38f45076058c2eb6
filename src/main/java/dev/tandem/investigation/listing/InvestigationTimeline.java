package dev.tandem.investigation.listing;

import dev.tandem.equipment.EquipmentStates;
import dev.tandem.event.EventType;
import dev.tandem.investigation.Investigation;
import dev.tandem.investigation.InvestigationDesk;
import dev.tandem.investigation.RecordKind;
import dev.tandem.investigation.RecordSummary;
import dev.tandem.shared.Viewer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened, in order: the facts the team recorded with their evidence, and what the investigated records say of
 * themselves: a safety event when it happened, an early warning's signals as the detector saw them and their course
 * around it ({@link WarningWindows}), and a machine's state changes from half a day before its downtime to half a day
 * after, as dispatch data has them.
 */
@Component
public class InvestigationTimeline {

    /** How far around a downtime the machine's state changes are shown. */
    static final Duration AROUND = Duration.ofHours(12);

    /** The most state changes shown for one downtime. */
    static final int MOST_CHANGES = 20;

    private final InvestigationDesk desk;
    private final WarningWindows windows;
    private final EquipmentStates states;
    private final MessageSource messages;

    InvestigationTimeline(
            InvestigationDesk desk, WarningWindows windows, EquipmentStates states, MessageSource messages) {
        this.desk = desk;
        this.windows = windows;
        this.states = states;
        this.messages = messages;
    }

    /**
     * One line of the timeline.
     *
     * @param factId the recorded fact's id; null for a line the records give
     * @param evidence the recorded fact's evidence files
     * @param window an early warning's signals drawn around it; null on any other line
     */
    public record Entry(
            Instant at, String what, String source, UUID factId, List<UUID> evidence, WarningWindows.Window window) {

        Entry(Instant at, String what, String source) {
            this(at, what, source, null, List.of(), null);
        }

        public boolean recorded() {
            return factId != null;
        }
    }

    @Transactional(readOnly = true)
    public List<Entry> of(Investigation investigation, Viewer viewer, ZoneId zone, Locale locale) {
        var entries = new ArrayList<Entry>();
        for (var fact : investigation.facts()) {
            entries.add(new Entry(
                    fact.happenedAt(), fact.what(), fact.source(), fact.id(), desk.evidence(fact.id()), null));
        }
        var signals = message("investigation.source.signals", locale);
        for (var window : windows.of(investigation, zone, locale)) {
            entries.add(new Entry(
                    window.start(), message("investigation.window.title", locale), signals, null, List.of(), window));
        }
        for (var record : desk.subjects(investigation, viewer)) {
            if (record.record().kind() == RecordKind.EVENT) {
                entries.addAll(eventLines(record, viewer, locale));
            } else {
                entries.addAll(machineLines(record, locale));
            }
        }
        entries.sort(Comparator.comparing(Entry::at));
        return entries;
    }

    private List<Entry> eventLines(RecordSummary event, Viewer viewer, Locale locale) {
        var lines = new ArrayList<Entry>();
        var source = message("investigation.source.event", locale);
        lines.add(new Entry(
                event.at(), message("event.type." + event.eventType(), locale) + ": " + event.summary(), source));
        if (event.eventType() == EventType.EARLY_WARNING) {
            var signals = message("investigation.source.signals", locale);
            windows.explanations(event.record().recordId(), viewer, locale)
                    .forEach(said -> lines.add(new Entry(event.at(), said, signals)));
        }
        return lines;
    }

    private List<Entry> machineLines(RecordSummary downtime, Locale locale) {
        var source = message("investigation.source.dispatch", locale);
        var until = (downtime.endedAt() == null ? Instant.now() : downtime.endedAt()).plus(AROUND);
        return states.since(downtime.equipmentId(), downtime.at().minus(AROUND)).stream()
                .filter(spell -> !spell.from().isAfter(until))
                .limit(MOST_CHANGES)
                .map(spell -> new Entry(
                        spell.from(),
                        downtime.equipmentCode() + ": " + message("equipment.state." + spell.state(), locale),
                        source))
                .toList();
    }

    private String message(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
