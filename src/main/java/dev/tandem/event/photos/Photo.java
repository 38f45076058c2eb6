package dev.tandem.event.photos;

import java.util.UUID;

/** A photo attached to a safety event. */
public record Photo(UUID id, String contentType, byte[] content) {}
