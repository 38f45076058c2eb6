package dev.tandem.signal.ingest;

import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hands warnings from the streams to the database on a thread of its own, in the order they were raised, so that
 * ingestion never waits for a write. The queue is bounded; a warning that finds it full is logged and dropped
 * (a plant raising a thousand warnings at once has a bigger problem than a missing one).
 */
@Component
class WarningRecorder implements StreamOutput, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WarningRecorder.class);

    private final WarningStore store;
    private volatile ThreadPoolExecutor writer;
    private volatile boolean running;

    WarningRecorder(WarningStore store) {
        this.store = store;
    }

    @Override
    public void fired(FiredWarning warning) {
        submit(() -> store.record(warning), "warning on " + warning.equipment().code());
    }

    @Override
    public void completed(UUID warningId, SignalWindow window) {
        submit(() -> store.complete(warningId, window), "window of warning " + warningId);
    }

    private void submit(Runnable write, String what) {
        var current = writer;
        if (current == null) {
            log.error("Dropped the {}: warnings are not recorded while the application is stopped", what);
            return;
        }
        try {
            current.execute(() -> {
                try {
                    write.run();
                } catch (RuntimeException failed) {
                    log.error("Could not record the {}", what, failed);
                }
            });
        } catch (RuntimeException full) {
            log.error("Dropped the {}: the warning queue is full", what);
        }
    }

    /** Starts the writing thread; also after a stop, as tests pause and resume an application. */
    @Override
    public synchronized void start() {
        writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1000), runnable -> {
            var thread = new Thread(runnable, "signal-warnings");
            thread.setDaemon(true);
            return thread;
        });
        running = true;
    }

    /** Lets the queued warnings be written before the database goes away. */
    @Override
    public synchronized void stop() {
        running = false;
        var stopping = writer;
        writer = null;
        if (stopping == null) {
            return;
        }
        stopping.shutdown();
        try {
            if (!stopping.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("Warnings still queued at shutdown were not written");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
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
