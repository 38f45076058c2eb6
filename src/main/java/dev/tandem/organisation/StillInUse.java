package dev.tandem.organisation;

import dev.tandem.shared.InvalidRequestException;
import java.util.List;

/**
 * Active records that still depend on one that is to be voided: the message that says so (its code in the bundles,
 * with the names as its argument) and the names a person finds them by, such as equipment codes; a module gives up
 * to {@link #LISTED} names and one more when there are more.
 */
public record StillInUse(String messageCode, List<String> names) {

    /** The most names a message lists; more are shown as an ellipsis. */
    public static final int LISTED = 5;

    public StillInUse {
        names = List.copyOf(names);
    }

    /** Refuses the voiding on its reason field, naming what depends on the record. */
    InvalidRequestException refusal() {
        var listed = String.join(", ", names.subList(0, Math.min(LISTED, names.size())));
        return new InvalidRequestException("reason", messageCode, names.size() > LISTED ? listed + ", …" : listed);
    }
}
