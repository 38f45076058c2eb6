package dev.tandem.shared.web;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;

/**
 * How the API answers a create whose id the client chose: 201 with the record's address when this request stored
 * it, 200 when an earlier request with the same id did (the stored record is the answer; nothing new was written).
 */
public final class IdempotentCreates {

    private IdempotentCreates() {}

    public static ResponseEntity.BodyBuilder answer(boolean isNew, URI location) {
        return isNew ? ResponseEntity.created(location) : ResponseEntity.ok();
    }

    /** The same with its body, the record's address being {@code path} followed by its id. */
    public static <T> ResponseEntity<T> answer(boolean isNew, String path, UUID id, T body) {
        return answer(isNew, URI.create(path + id)).body(body);
    }
}
