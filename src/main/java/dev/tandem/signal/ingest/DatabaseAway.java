package dev.tandem.signal.ingest;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Whether a write failed because the database was busy or away (no connection in time, a timeout, a lost
 * connection), so that the same write may succeed later; any other failure would fail again.
 */
final class DatabaseAway {

    private DatabaseAway() {}

    static boolean isPassing(RuntimeException failure) {
        return failure instanceof TransientDataAccessException
                || failure instanceof RecoverableDataAccessException
                || failure instanceof DataAccessResourceFailureException;
    }
}
