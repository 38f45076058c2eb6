package dev.tandem.history;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Viewer;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;

/**
 * A record that is voided with a reason instead of being deleted. It is the root of its aggregate and registers the
 * events of its own transitions: its repository publishes them when it saves the record, inside the save's
 * transaction, so they reach the event publication registry with the change or not at all.
 */
public abstract class Voidable extends AbstractAggregateRoot<Voidable> implements Recorded {

    @KeptOutOfHistory("voiding is an entry of its own, VOIDED, with the reason")
    @Embedded.Nullable(prefix = "voided_")
    private Voiding voided;

    public Optional<Voiding> voided() {
        return Optional.ofNullable(voided);
    }

    public boolean isVoided() {
        return voided != null;
    }

    /** Voids the record; the reason is required and a record is voided only once. */
    public void voidBecause(String reason, Viewer by, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "rule.voidReasonRequired");
        }
        if (voided != null) {
            throw new InvalidRequestException("reason", "rule.alreadyVoided");
        }
        voided = new Voiding(at, by.userId(), reason.trim());
    }
}
