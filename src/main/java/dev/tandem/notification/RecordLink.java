package dev.tandem.notification;

import java.util.UUID;

/**
 * The record a notification is about, and the page that shows it (a path under the application, e.g.
 * "/actions/{id}").
 */
public record RecordLink(String type, UUID id, String path) {}
