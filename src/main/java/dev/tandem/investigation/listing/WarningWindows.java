package dev.tandem.investigation.listing;

import dev.tandem.event.ContributingSignal;
import dev.tandem.event.EarlyWarnings;
import dev.tandem.event.EventReporting;
import dev.tandem.event.EventType;
import dev.tandem.investigation.Investigation;
import dev.tandem.investigation.RecordKind;
import dev.tandem.investigation.analysis.SignalChart;
import dev.tandem.shared.Viewer;
import dev.tandem.signal.SignalMinutes;
import dev.tandem.signal.SignalMinutes.Trace;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the control system says of the early warnings an investigation looks into: the signals behind each in words,
 * and its signal window: the minutes of the signals behind it from half
 * an hour before it to half an hour after, with its start and the signals' return to normal marked, drawn on the
 * server. It is part of the investigation's facts, so its readers see it, a contractor's member of its team too, who
 * may not read the owner's warning itself: the caller has read the investigation, and the warning is read here as
 * Tandem reads it.
 */
@Component
public class WarningWindows {

    /** How far before and after a warning's start its signals are shown. */
    static final Duration AROUND = Duration.ofMinutes(30);

    /** The most signals drawn for one warning, the largest contributors first. */
    static final int MOST_SIGNALS = 3;

    /**
     * A signal is back to normal once it stands within this share of its distance from normal at the warning (the
     * detector's own episodes end on a like fall).
     */
    static final double BACK_WITHIN = 0.5;

    private final EventReporting events;
    private final EarlyWarnings warnings;
    private final SignalMinutes minutes;
    private final MessageSource messages;

    WarningWindows(EventReporting events, EarlyWarnings warnings, SignalMinutes minutes, MessageSource messages) {
        this.events = events;
        this.warnings = warnings;
        this.minutes = minutes;
        this.messages = messages;
    }

    /**
     * One warning's window.
     *
     * @param end when its signals came back to normal; null when they did not within the window, or it cannot be
     *     told (a signal without its normal)
     */
    public record Window(UUID eventId, String description, Instant start, Instant end, List<Signal> signals) {}

    /** One signal of a window: its name, unit and chart. */
    public record Signal(String name, String unit, String svg) {}

    /**
     * The signals behind an early warning the viewer may read, in words a shift foreman reads; none when the viewer
     * may not read it or it is no early warning.
     */
    @Transactional(readOnly = true)
    public List<String> explanations(UUID eventId, Viewer viewer, Locale locale) {
        return events.findEvent(eventId, viewer)
                .map(warning -> warnings.explanations(warning, locale))
                .orElse(List.of());
    }

    /** The windows of the early warnings among the investigation's records, which the caller has read. */
    @Transactional(readOnly = true)
    public List<Window> of(Investigation investigation, ZoneId zone, Locale locale) {
        var windows = new ArrayList<Window>();
        for (var record : investigation.records()) {
            if (record.kind() == RecordKind.EVENT) {
                window(record.recordId(), zone, locale).ifPresent(windows::add);
            }
        }
        return windows;
    }

    private Optional<Window> window(UUID eventId, ZoneId zone, Locale locale) {
        var found = events.findEvent(eventId, Viewer.system())
                .filter(event ->
                        !event.isVoided() && event.type() == EventType.EARLY_WARNING && event.equipmentId() != null);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var event = found.get();
        var start = event.occurredAt();
        var behind = warnings.signals(event).stream().limit(MOST_SIGNALS).toList();
        var from = start.minus(AROUND).truncatedTo(ChronoUnit.MINUTES);
        var to = start.plus(AROUND);
        var traces = minutes.traces(
                event.equipmentId(),
                behind.stream().map(ContributingSignal::key).toList(),
                from,
                to);
        var end = backToNormal(behind, traces, start);
        var words = new SignalChart.Words(
                message("investigation.window.start", locale),
                message("investigation.window.end", locale),
                message("investigation.window.nothing", locale));
        var signals = new ArrayList<Signal>();
        for (var trace : traces) {
            var normal = behind.stream()
                    .filter(signal -> signal.key().equals(trace.key()))
                    .findFirst()
                    .map(ContributingSignal::normal)
                    .orElse(null);
            var course = new SignalChart.Course(
                    from,
                    to,
                    trace.minutes().stream()
                            .map(m -> new SignalChart.Point(m.at(), m.min(), m.mean(), m.max()))
                            .toList(),
                    trace.expectedMin(),
                    trace.expectedMax(),
                    normal,
                    start,
                    end);
            signals.add(new Signal(trace.name(), trace.unit(), SignalChart.draw(course, words, zone, locale)));
        }
        if (signals.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Window(eventId, event.description(), start, end, signals));
    }

    /**
     * The first minute after the warning's start from which every signal behind it stood back near normal: within
     * {@link #BACK_WITHIN} of its distance from normal at the warning, or back in its expected range when it had left
     * it; null when one of them did not come back within the window or says no normal.
     */
    static Instant backToNormal(List<ContributingSignal> behind, List<Trace> traces, Instant start) {
        if (behind.isEmpty()) {
            return null;
        }
        var after = start.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        Instant latest = null;
        for (var signal : behind) {
            var trace =
                    traces.stream().filter(t -> t.key().equals(signal.key())).findFirst();
            if (trace.isEmpty()) {
                return null;
            }
            var back = trace.get().minutes().stream()
                    .filter(minute -> !minute.at().isBefore(after) && isBack(signal, minute.mean()))
                    .map(SignalMinutes.Minute::at)
                    .findFirst();
            if (back.isEmpty()) {
                return null;
            }
            latest = latest == null || back.get().isAfter(latest) ? back.get() : latest;
        }
        return latest;
    }

    private static boolean isBack(ContributingSignal signal, double mean) {
        if (signal.normal() != null) {
            var distance = Math.abs(signal.value() - signal.normal());
            return Math.abs(mean - signal.normal()) <= BACK_WITHIN * distance;
        }
        if (signal.outOfRange()) {
            return (signal.expectedMin() == null || mean >= signal.expectedMin())
                    && (signal.expectedMax() == null || mean <= signal.expectedMax());
        }
        return false;
    }

    private String message(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
