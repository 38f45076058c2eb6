package dev.tandem.event;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records each early warning a detector published as a safety event, after the detector's transaction committed.
 * An incomplete publication (the application stopped or the write failed) is handed over again on the next start;
 * the warning's id makes a second delivery return the stored event.
 */
@Component
class DetectedWarnings {

    private final EarlyWarnings warnings;

    DetectedWarnings(EarlyWarnings warnings) {
        this.warnings = warnings;
    }

    @ApplicationModuleListener
    void on(EarlyWarningDetected detected) {
        warnings.raise(detected);
    }
}
