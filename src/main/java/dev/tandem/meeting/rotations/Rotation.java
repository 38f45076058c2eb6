package dev.tandem.meeting.rotations;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/**
 * One shift rotation of an engagement: from the crew change that starts it to the one that ends it.
 *
 * @param number counted from 1, the rotation the pattern starts with
 * @param firstDay the day of the crew change that starts it, on the site's clock
 * @param startsAt the crew change that starts it
 * @param endsAt the crew change that ends it: the next rotation's start
 */
@NamedInterface("rotations")
public record Rotation(long number, LocalDate firstDay, Instant startsAt, Instant endsAt) {

    /** Whether the instant falls within it: from its start, up to (not including) its end. */
    public boolean contains(Instant at) {
        return !at.isBefore(startsAt) && at.isBefore(endsAt);
    }

    /** Whether it has ended by the instant. */
    public boolean endedBy(Instant now) {
        return !endsAt.isAfter(now);
    }
}
