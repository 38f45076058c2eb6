package dev.tandem.signal.ingest;

/**
 * One reading as a source delivered it, not checked yet.
 *
 * @param key the tag's plant-wide key
 * @param timestampMillis when it was measured, in epoch milliseconds
 * @param value a {@link Number}, or text that should hold one; anything else is not numeric
 */
public record RawSample(String key, long timestampMillis, Object value) {}
