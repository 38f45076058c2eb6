package dev.tandem.history;

import java.time.Instant;
import java.util.UUID;

/** Why and by whom a record was voided; records are voided, never deleted. */
public record Voiding(Instant at, UUID by, String reason) {}
