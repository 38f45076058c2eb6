package dev.tandem.stopwork;

import java.time.Instant;
import java.util.UUID;

/** Somebody stopped unsafe work in an area; {@code raisedAt} is when they did, on their phone. */
public record StopWorkRaised(UUID stopWorkId, UUID siteId, UUID areaId, Instant raisedAt) {}
