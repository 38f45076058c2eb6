package dev.tandem.notification;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * One notification for one recipient (a person of the organisation model), with its text already in the recipient's
 * language.
 */
public record Notification(
        UUID id,
        String kind,
        Severity severity,
        UUID recipientPersonId,
        RecordLink record,
        Locale language,
        String title,
        String text,
        Instant createdAt) {}
