package dev.tandem.notification;

/** Published (through the JDBC publication registry) inside the transaction that stores the notification. */
public record NotificationPosted(Notification notification) {}
