package dev.tandem.identity.accounts;

import java.util.UUID;

/** An account's roles or whether it may sign in were changed. */
public record AccountChanged(UUID accountId) {}
