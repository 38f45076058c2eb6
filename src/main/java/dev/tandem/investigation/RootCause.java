package dev.tandem.investigation;

import dev.tandem.history.KeptOutOfHistory;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A root cause the team found, classified so that causes are counted across investigations. */
@Table("investigation_root_cause")
public record RootCause(
        @KeptOutOfHistory("names the root cause for the actions raised on it; it reads by its text and class") UUID id,
        String cause,
        RootCauseClass rootClass) {}
