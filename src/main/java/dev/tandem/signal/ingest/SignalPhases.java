package dev.tandem.signal.ingest;

import org.springframework.context.SmartLifecycle;

/** Start and stop order: the broker first up and last down, the listener after it, writers last down. */
final class SignalPhases {

    static final int WRITERS = SmartLifecycle.DEFAULT_PHASE - 2048;
    static final int BROKER = SmartLifecycle.DEFAULT_PHASE - 1024;
    static final int LISTENER = SmartLifecycle.DEFAULT_PHASE - 512;

    private SignalPhases() {}
}
