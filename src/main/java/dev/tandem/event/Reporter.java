package dev.tandem.event;

import java.util.UUID;

/**
 * Who reported an event: the user and the person (both absent when anonymous; a person may have no account) and the
 * organisation they work for.
 */
record Reporter(UUID userId, UUID personId, UUID organisationId) {

    /** A detector reporting for an organisation: no user and no person. */
    static Reporter detectorOf(UUID organisationId) {
        return new Reporter(null, null, organisationId);
    }
}
