package dev.tandem.action;

import java.util.UUID;

/**
 * The record an action is raised from, as far as the action needs it.
 *
 * @param siteId where the source happened; the action is tracked on that site
 * @param organisationId whose work the source concerns: the default responsible organisation
 * @param category what the source was, such as the event type {@code VIOLATION}
 */
public record ActionSource(UUID siteId, UUID organisationId, String category) {}
