package dev.tandem.signal.ingest;

/** Where samples come from; bad samples are counted per source. */
public enum SampleSource {
    MQTT,
    HTTP,
    CSV
}
