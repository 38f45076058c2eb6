package dev.tandem.training;

/**
 * Where a person stands in a required competence: VALID, EXPIRING within {@link #EXPIRING_DAYS} days, EXPIRED or
 * MISSING. Only approved passes that are not voided count; the latest expiry among them decides, and a pass that
 * never expires is valid for good. A pass is valid through its expiry day. The rule is the database function
 * {@code training_standing} (migration V44), which every reading of standings calls.
 */
public enum Standing {
    VALID,
    EXPIRING,
    EXPIRED,
    MISSING;

    /** How many days ahead an expiry makes a competence EXPIRING. */
    public static final int EXPIRING_DAYS = 30;

    /** Whether the person may work on it today: valid, even if expiring soon. */
    public boolean clears() {
        return this == VALID || this == EXPIRING;
    }
}
