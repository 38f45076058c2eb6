package dev.tandem.signal.ingest;

import dev.tandem.event.ContributingSignal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What alarm management folded into an early warning. */
public final class WarningFolds {

    private WarningFolds() {}

    /**
     * An early warning and the warnings folded into it.
     *
     * @param flood whether it stands for a plant-wide upset: {@code members} lists every other equipment of it
     * @param members the warnings listed in it (FLOODED) or counted on it (RATE_LIMITED), in the order they fired
     */
    public record Fold(UUID eventId, boolean flood, long equipmentCount, long repeats, List<Member> members) {

        /**
         * @param equipmentCount how many equipment the warning stands for, its own included
         * @param repeats how many of its equipment's warnings past the rate limit were counted on it
         */
        static Fold of(UUID eventId, boolean flood, UUID equipmentId, List<Member> members) {
            long others = members.stream()
                    .map(Member::equipmentId)
                    .filter(id -> !id.equals(equipmentId))
                    .distinct()
                    .count();
            long repeats = members.stream()
                    .filter(member -> member.disposition().equals("RATE_LIMITED"))
                    .count();
            return new Fold(eventId, flood, others + 1, repeats, List.copyOf(members));
        }
    }

    /** A warning folded into another, with the signals behind it. */
    public record Member(
            UUID equipmentId,
            String code,
            String name,
            Instant firedAt,
            String disposition,
            List<ContributingSignal> signals) {}
}
