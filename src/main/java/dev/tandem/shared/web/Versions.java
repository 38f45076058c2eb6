package dev.tandem.shared.web;

import org.springframework.http.ResponseEntity;

/**
 * A record's version as HTTP carries it: the API sends it as the strong ETag of a record, and a client that sends
 * it back in {@code If-Match} changes the record only if nobody else has changed it since (see Precondition).
 */
public final class Versions {

    private Versions() {}

    /** A record in a response, tagged with its version. */
    public static <T> ResponseEntity<T> tagged(Long version, T body) {
        return ResponseEntity.ok().eTag("\"" + version + "\"").body(body);
    }
}
