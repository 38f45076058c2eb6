package dev.tandem.stopwork;

import java.time.Instant;
import java.util.UUID;

/**
 * A stop moved on a step (acknowledged, resolved, compensated, resumed, judged unnecessary): its initiator hears of
 * every step, and is thanked when the work resumes.
 */
public record StopWorkAnswered(UUID stopWorkId, StopWorkStatus status, Instant at) {}
