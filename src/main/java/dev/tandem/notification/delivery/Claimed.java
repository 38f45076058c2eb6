package dev.tandem.notification.delivery;

import dev.tandem.notification.Notification;
import java.util.UUID;

/** A delivery a node has claimed to send: its channel, where it goes, and the notification as it was posted. */
record Claimed(UUID id, Channel channel, String target, boolean digest, Notification notification, int attempts) {}
