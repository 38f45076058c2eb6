package dev.tandem.notification.delivery;

/** How a notification leaves Tandem besides the inbox, which always has it. */
public enum Channel {
    EMAIL,
    WEBHOOK
}
