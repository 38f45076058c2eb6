package dev.tandem.history;

/**
 * What an idempotent create answers: the record, and whether this request stored it ({@code isNew}) or found it
 * stored by an earlier request under the same id (an API answers 201 for the one, 200 for the other).
 */
public record Created<T>(T record, boolean isNew) {}
