package dev.tandem.history;

import dev.tandem.shared.InvalidRequestException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

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

    /**
     * The dependents a query names, if it names any.
     *
     * @param namesSql selects the names of the active dependents of the record {@code :id}, in the order to list them
     */
    public static Optional<StillInUse> named(JdbcClient jdbc, String messageCode, String namesSql, UUID id) {
        var names = jdbc.sql(namesSql + " limit " + (LISTED + 1))
                .param("id", id)
                .query(String.class)
                .list();
        return names.isEmpty() ? Optional.empty() : Optional.of(new StillInUse(messageCode, names));
    }

    /** Refuses the voiding on its reason field, naming what depends on the record. */
    InvalidRequestException refusal() {
        var listed = String.join(", ", names.subList(0, Math.min(LISTED, names.size())));
        return new InvalidRequestException("reason", messageCode, names.size() > LISTED ? listed + ", …" : listed);
    }
}
