package dev.tandem.notification;

import java.time.Duration;
import java.util.Objects;

/**
 * One rung of a ladder: if nobody acknowledged after {@code afterMinutes} from the first notification, the holders
 * of {@code role} hear of it.
 */
public record EscalationStep(int afterMinutes, RecipientRole role) {

    public EscalationStep {
        Objects.requireNonNull(role, "role");
        if (afterMinutes < 0) {
            throw new IllegalArgumentException("a step comes after the first notification, not before");
        }
    }

    public Duration after() {
        return Duration.ofMinutes(afterMinutes);
    }
}
