package dev.tandem.database;

/** The embedded PostgreSQL server cannot start; the message says why and what to do. */
class EmbeddedDatabaseUnavailable extends RuntimeException {

    private final String action;

    EmbeddedDatabaseUnavailable(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    String action() {
        return action;
    }
}
