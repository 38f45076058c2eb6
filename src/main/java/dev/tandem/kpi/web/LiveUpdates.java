package dev.tandem.kpi.web;

import dev.tandem.action.ActionProgressed;
import dev.tandem.action.ActionRaised;
import dev.tandem.action.ActionRevised;
import dev.tandem.database.DatabaseNotifications;
import dev.tandem.event.EventReported;
import dev.tandem.event.EventRevised;
import dev.tandem.kpi.HoursChanged;
import dev.tandem.stopwork.StopWorkAnswered;
import dev.tandem.stopwork.StopWorkRaised;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Open dashboards and shop-floor screens, told the moment the safety picture changes: a reported event, a review, an
 * action raised, moved or changed, hours worked recorded, work stopped or a stop answered. The message carries no figures, only that something
 * changed, so every screen fetches what its own viewer may see. A change is announced through the database
 * ({@link DatabaseNotifications}), so the screens held open by every node hear of it, and only once it is committed.
 * Screens that are gone are dropped at the next message or heartbeat.
 */
@Component
public class LiveUpdates {

    /** Long enough to outlast a shift's idle screen; the browser reconnects by itself when it ends. */
    static final Duration TIMEOUT = Duration.ofMinutes(30);

    /** The channel on which the nodes announce changes to each other: "event", "action", "hours" or "stop". */
    public static final String CHANNEL = "tandem_figures_changed";

    private final List<SseEmitter> screens = new CopyOnWriteArrayList<>();
    private final DatabaseNotifications notifications;
    private final Clock clock;

    LiveUpdates(DatabaseNotifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
        notifications.listen(CHANNEL, this::changed);
    }

    SseEmitter open() {
        var emitter = new SseEmitter(TIMEOUT.toMillis());
        emitter.onCompletion(() -> screens.remove(emitter));
        emitter.onTimeout(emitter::complete);
        emitter.onError(failure -> screens.remove(emitter));
        screens.add(emitter);
        send(emitter, SseEmitter.event().name("hello").data(clock.millis()));
        return emitter;
    }

    // Announced within the change's own transaction: PostgreSQL delivers it on commit and drops it on rollback.
    @EventListener
    void on(EventReported reported) {
        announce("event");
    }

    @EventListener
    void on(EventRevised revised) {
        announce("event");
    }

    @EventListener
    void on(ActionRaised raised) {
        announce("action");
    }

    @EventListener
    void on(ActionProgressed progressed) {
        announce("action");
    }

    @EventListener
    void on(ActionRevised revised) {
        announce("action");
    }

    @EventListener
    void on(HoursChanged changed) {
        announce("hours");
    }

    @EventListener
    void on(StopWorkRaised raised) {
        announce("stop");
    }

    @EventListener
    void on(StopWorkAnswered answered) {
        announce("stop");
    }

    private void announce(String what) {
        notifications.send(CHANNEL, what);
    }

    /** Tells every screen open on this node that its figures changed, naming what changed. */
    private void changed(String what) {
        var message = SseEmitter.event().name("changed").data(what + " " + clock.millis());
        screens.forEach(emitter -> send(emitter, message));
    }

    /** Keeps idle connections open through proxies that close silent ones. */
    @Scheduled(fixedDelayString = "PT25S")
    void heartbeat() {
        screens.forEach(emitter -> send(emitter, SseEmitter.event().comment("still here")));
    }

    /**
     * Ends every stream when the application stops, so a graceful shutdown does not wait for open screens; they
     * reconnect to whichever node serves them next.
     */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        screens.forEach(SseEmitter::complete);
        screens.clear();
    }

    private void send(SseEmitter emitter, SseEmitter.SseEventBuilder message) {
        try {
            emitter.send(message);
        } catch (IOException | IllegalStateException gone) {
            screens.remove(emitter);
        }
    }
}
