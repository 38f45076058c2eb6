package dev.tandem.investigation;

import dev.tandem.history.KeptOutOfHistory;
import dev.tandem.shared.InvalidRequestException;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A fact of the investigation's timeline: when it happened, what, and where it is known from (a witness, the
 * dispatch log, a photo). Its id names its evidence files.
 */
@Table("investigation_fact")
public record Fact(
        @KeptOutOfHistory("names the fact's evidence files; a fact reads by its time and what it says") UUID id,
        Instant happenedAt,
        String what,
        String source) {

    /** A fact as the team states it: when and what required, the texts stripped, a blank source none. */
    static Fact stated(UUID id, Instant happenedAt, String what, String source) {
        if (happenedAt == null) {
            throw new InvalidRequestException("happenedAt", "investigation.rule.factTimeRequired");
        }
        if (what == null || what.isBlank()) {
            throw new InvalidRequestException("what", "investigation.rule.factRequired");
        }
        return new Fact(id, happenedAt, what.strip(), source == null || source.isBlank() ? null : source.strip());
    }
}
