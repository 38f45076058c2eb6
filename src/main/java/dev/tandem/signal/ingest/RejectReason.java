package dev.tandem.signal.ingest;

/** Why a sample was not taken. Each is counted per source and reported; none stops the pipeline. */
public enum RejectReason {
    /** No tag in use has this key. */
    UNKNOWN_TAG,
    /** The value is not a finite number. */
    NOT_NUMERIC,
    /** Older than the tag's last sample. */
    OUT_OF_ORDER,
    /** At the same time as the tag's last sample. */
    DUPLICATE_TIMESTAMP,
    /** The message, row or item could not be read at all (each counts once). */
    MALFORMED_PAYLOAD
}
