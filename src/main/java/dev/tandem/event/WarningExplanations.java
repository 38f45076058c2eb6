package dev.tandem.event;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The signals behind an early warning in words a shift foreman reads, in the reader's language, such as: bearing
 * temperature 12 °C above normal for this load, rising 0.8 °C/min; or: pressure at 7.2 bar, above its expected maximum of 6 bar.
 */
@Component
class WarningExplanations {

    // a rate that rounds to nothing at the precision shown says nothing
    private static final double STEADY = 0.005;

    private final MessageSource messages;
    private final WarningSignals signals;

    WarningExplanations(MessageSource messages, WarningSignals signals) {
        this.messages = messages;
        this.signals = signals;
    }

    String explain(ContributingSignal signal, Locale locale) {
        return messages.getMessage(resolvable(signal), locale);
    }

    List<String> explain(List<ContributingSignal> signals, Locale locale) {
        return signals.stream().map(signal -> explain(signal, locale)).toList();
    }

    /** What the leading signal of an early warning says; empty when the warning names none. */
    String explainWarning(UUID eventId, Locale locale) {
        return signals.of(eventId).stream()
                .findFirst()
                .map(signal -> explain(signal, locale))
                .orElse("");
    }

    private static MessageSourceResolvable resolvable(ContributingSignal signal) {
        var unit = signal.unit() == null ? "" : signal.unit();
        var trend = trend(signal, unit);
        if (signal.expectedMax() != null && signal.value() > signal.expectedMax()) {
            return message("signal.explain.overMax", signal.name(), signal.value(), unit, signal.expectedMax(), trend);
        }
        if (signal.expectedMin() != null && signal.value() < signal.expectedMin()) {
            return message("signal.explain.underMin", signal.name(), signal.value(), unit, signal.expectedMin(), trend);
        }
        if (signal.normal() == null) {
            return message("signal.explain.away", signal.name(), signal.value(), unit, "", trend);
        }
        double above = signal.value() - signal.normal();
        String forLoad = Boolean.TRUE.equals(signal.forLoad()) ? "ForLoad" : "";
        return message(
                (above >= 0 ? "signal.explain.above" : "signal.explain.below") + forLoad,
                signal.name(),
                Math.abs(above),
                unit,
                signal.normal(),
                trend);
    }

    /** A rise or fall per minute as a message of its own, or nothing when the signal held steady or its course is unknown. */
    private static Object trend(ContributingSignal signal, String unit) {
        var rate = signal.ratePerMinute();
        if (rate == null || Math.abs(rate) < STEADY) {
            return "";
        }
        return message(rate > 0 ? "signal.explain.rising" : "signal.explain.falling", Math.abs(rate), unit);
    }

    private static MessageSourceResolvable message(String code, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {code}, arguments);
    }
}
