package dev.tandem.investigation;

import dev.tandem.history.KeptOutOfHistory;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A cause on the fishbone, under one of its categories (a code or a name the team gave). */
@Table("investigation_fishbone_cause")
public record FishboneCause(
        @KeptOutOfHistory("names the cause for its changes; a cause reads by its category and text") UUID id,
        String category,
        String cause) {}
