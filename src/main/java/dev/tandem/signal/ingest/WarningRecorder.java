package dev.tandem.signal.ingest;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hands warnings from the streams to the database on a thread of its own, in the order they were raised, so that
 * ingestion does not wait for a write. The queue is bounded: a warning that finds it full makes ingestion wait for
 * room (back-pressure), and one raised while the writer is stopped is written at once, so no warning is dropped. A
 * write the database could not take for the moment (busy or away) is tried again until it succeeds, holding the
 * warnings behind it in the queue, so a busy database slows ingestion down instead of losing a warning.
 */
@Component
class WarningRecorder implements StreamOutput, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WarningRecorder.class);

    private final WarningStore store;
    private final int capacity;
    private final Duration retryPause;
    private volatile ThreadPoolExecutor writer;
    private volatile boolean running;

    @Autowired
    WarningRecorder(WarningStore store) {
        this(store, 1000, Duration.ofSeconds(1));
    }

    /** @param retryPause the pause before a failed write is tried again, growing with each attempt up to 30 times */
    WarningRecorder(WarningStore store, int capacity, Duration retryPause) {
        this.store = store;
        this.capacity = capacity;
        this.retryPause = retryPause;
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
        if (current != null) {
            try {
                current.execute(() -> write(write, what));
                return;
            } catch (RejectedExecutionException stopping) {
                // the writer stopped meanwhile: written below instead
            }
        }
        write(write, what);
    }

    private void write(Runnable write, String what) {
        for (int attempt = 1; ; attempt++) {
            try {
                write.run();
                return;
            } catch (RuntimeException failed) {
                if (!running || !DatabaseAway.isPassing(failed)) {
                    log.error("Could not record the {}", what, failed);
                    return;
                }
                log.warn("Could not record the {} yet ({}); trying again", what, failed.getMessage());
                if (!pause(attempt)) {
                    log.error("Could not record the {}: interrupted", what, failed);
                    return;
                }
            }
        }
    }

    private boolean pause(int attempt) {
        try {
            Thread.sleep(retryPause.multipliedBy(Math.min(attempt, 30)).toMillis());
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits for room in the queue: a burst of warnings slows ingestion down rather than losing one. */
    private static void waitForRoom(Runnable task, ThreadPoolExecutor executor) {
        if (executor.isShutdown()) {
            throw new RejectedExecutionException("the warning writer is stopped");
        }
        try {
            executor.getQueue().put(task);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new RejectedExecutionException("interrupted while waiting for room in the warning queue");
        }
    }

    /** Starts the writing thread; also after a stop, as tests pause and resume an application. */
    @Override
    public synchronized void start() {
        var started = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(capacity),
                runnable -> {
                    var thread = new Thread(runnable, "signal-warnings");
                    thread.setDaemon(true);
                    return thread;
                },
                WarningRecorder::waitForRoom);
        // the one thread is there before anything waits in the queue for it
        started.prestartAllCoreThreads();
        writer = started;
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
