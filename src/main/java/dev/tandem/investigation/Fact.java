package dev.tandem.investigation;

import dev.tandem.history.KeptOutOfHistory;
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
        String source) {}
