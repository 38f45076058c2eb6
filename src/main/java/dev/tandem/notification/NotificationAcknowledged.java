package dev.tandem.notification;

import java.time.Instant;
import java.util.UUID;

/** Published when a person acknowledges a notification (inbox, API or e-mail link). */
public record NotificationAcknowledged(
        UUID notificationId, String kind, RecordLink record, UUID byPersonId, Instant at) {}
