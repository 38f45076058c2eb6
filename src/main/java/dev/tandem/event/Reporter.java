package dev.tandem.event;

import java.util.UUID;

/** Who reported an event: the user (absent when anonymous) and the organisation they work for. */
record Reporter(UUID userId, UUID organisationId) {}
