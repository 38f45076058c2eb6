package dev.tandem.notification;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The hours of a day, on the clock of the person's site, in which e-mail, webhooks and the bell's sound wait; they
 * may run over midnight (22:00 to 07:00). {@code from} is inside, {@code until} is not.
 */
public record QuietHours(LocalTime from, LocalTime until) {

    public QuietHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (from.equals(until)) {
            throw new IllegalArgumentException("quiet hours need a length");
        }
    }

    public boolean contains(LocalTime time) {
        return from.isBefore(until)
                ? !time.isBefore(from) && time.isBefore(until)
                : !time.isBefore(from) || time.isBefore(until);
    }
}
