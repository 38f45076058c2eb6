package dev.tandem.signal.ingest;

import java.util.UUID;

/** One tag's samples within one minute of their own time. */
record MinuteRow(
        UUID tagId, long minuteMillis, int samples, double min, double max, double sum, double last, long lastAt) {}
