package dev.tandem.notification.delivery;

/** Where a delivery stands: waiting for its first attempt, sent, or failed and waiting to be tried again. */
public enum DeliveryStatus {
    QUEUED,
    SENT,
    FAILED
}
