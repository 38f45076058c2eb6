package dev.tandem.event;

import java.util.UUID;

/**
 * Who reported an event: the user and the person (both absent when anonymous; a person may have no account) and the
 * organisation they work for.
 */
record Reporter(UUID userId, UUID personId, UUID organisationId) {}
