package dev.tandem.signal.ingest;

import java.time.Instant;
import java.util.UUID;

/**
 * A request to learn normal operation afresh.
 *
 * @param by the account that asked; null for Tandem itself
 * @param reason why, such as the repair after which the old normal no longer holds; may be absent
 */
public record Relearn(Instant at, UUID by, String byName, String reason) {}
