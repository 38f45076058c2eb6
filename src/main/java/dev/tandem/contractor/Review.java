package dev.tandem.contractor;

import dev.tandem.shared.InvalidRequestException;
import java.time.Instant;
import java.util.UUID;

/**
 * The safety department's decision on what a contractor submitted (a document, the questionnaire): approved, or
 * returned with a comment that says what to change.
 *
 * @param by the person who decided
 */
public record Review(String comment, UUID by, Instant at) {

    /**
     * Decides on what waits for review.
     *
     * @param waiting whether it waits for review: nothing else is decided on
     * @param field the field that names what is decided on, for the error when it does not wait
     */
    public static Review decide(boolean waiting, String field, boolean approved, String comment, UUID by, Instant at) {
        if (!waiting) {
            throw new InvalidRequestException(field, "contractor.rule.notSubmitted");
        }
        var text = comment == null || comment.isBlank() ? null : comment.trim();
        if (!approved && text == null) {
            throw new InvalidRequestException("comment", "contractor.rule.commentRequired");
        }
        return new Review(text, by, at);
    }
}
