package dev.tandem.identity;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * Too many sign-ins in a row failed and the account is locked until {@code until}. Published so that the account's
 * owner can be told (the sign-in page itself says the same as for a wrong password, naming no account).
 */
@DomainEvent
public record SignInLocked(UUID accountId, String username, Instant until, Instant at) {}
