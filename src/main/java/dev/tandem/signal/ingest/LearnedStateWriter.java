package dev.tandem.signal.ingest;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Stores what the detectors learned every little while and once more on shutdown, so that after a restart, or on
 * another node, each equipment's detector carries on where it was instead of spending its learning time blind.
 */
@Component
class LearnedStateWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LearnedStateWriter.class);

    private final SignalIngestion ingestion;
    private final Clock clock;
    private volatile boolean running;

    LearnedStateWriter(SignalIngestion ingestion, Clock clock) {
        this.ingestion = ingestion;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${tandem.signal.state-interval:PT1M}",
            initialDelayString = "${tandem.signal.state-interval:PT1M}")
    void store() {
        try {
            ingestion.remember(Instant.now(clock));
        } catch (RuntimeException failed) {
            // the next round stores them: each stream's state is newer by then anyway
            log.warn("Could not store the detectors' learned states: {}", failed.getMessage());
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /** Stores the latest states after the listener stopped and before the database goes away. */
    @Override
    public void stop() {
        running = false;
        store();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return SignalPhases.WRITERS;
    }
}
