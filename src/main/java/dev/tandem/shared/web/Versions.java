package dev.tandem.shared.web;

import dev.tandem.shared.InvalidRequestException;
import org.springframework.http.ResponseEntity;

/**
 * A record's version as HTTP carries it: the API sends it as the ETag of a record, and a client that sends it back
 * in {@code If-Match} changes the record only if nobody else has changed it since.
 */
public final class Versions {

    private Versions() {}

    /** The version a client saw, from an {@code If-Match} value such as {@code "3"}; null when it sent none. */
    public static Long seen(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        var tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        try {
            return Long.valueOf(tag.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("If-Match", "rule.ifMatch");
        }
    }

    /** A record in a response, tagged with its version. */
    public static <T> ResponseEntity<T> tagged(Long version, T body) {
        return ResponseEntity.ok().eTag("\"" + version + "\"").body(body);
    }
}
