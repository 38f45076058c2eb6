package dev.tandem.notification;

/** How urgent a notification is: mutes and quiet hours hold back INFO and ACTION_NEEDED, never CRITICAL. */
public enum Severity {
    INFO,
    ACTION_NEEDED,
    CRITICAL
}
