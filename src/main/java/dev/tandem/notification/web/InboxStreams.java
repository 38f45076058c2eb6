package dev.tandem.notification.web;

import dev.tandem.database.DatabaseNotifications;
import dev.tandem.notification.Bell;
import dev.tandem.notification.NotificationQueries;
import dev.tandem.shared.Viewer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open pages of each person, told the number of their unread notifications whenever their inbox changes on any
 * node (the {@link Bell}'s channel) and once when they connect. The message carries a count, never a notification's
 * text: a page fetches the inbox to read it.
 */
@Component
class InboxStreams {

    /** Long enough to outlast a shift's idle page; the browser reconnects by itself when it ends. */
    static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final Map<UUID, List<SseEmitter>> pages = new ConcurrentHashMap<>();
    private final NotificationQueries queries;

    InboxStreams(DatabaseNotifications notifications, NotificationQueries queries) {
        this.queries = queries;
        notifications.listen(Bell.CHANNEL, this::changed);
    }

    SseEmitter open(Viewer viewer) {
        var emitter = new SseEmitter(TIMEOUT.toMillis());
        if (viewer.personId() == null) {
            send(emitter, 0);
            return emitter;
        }
        var own = pages.computeIfAbsent(viewer.personId(), person -> new CopyOnWriteArrayList<>());
        emitter.onCompletion(() -> own.remove(emitter));
        emitter.onTimeout(emitter::complete);
        emitter.onError(failure -> own.remove(emitter));
        own.add(emitter);
        send(emitter, queries.unread(viewer));
        return emitter;
    }

    private void changed(String whose) {
        var people = Bell.EVERYONE.equals(whose) ? Set.copyOf(pages.keySet()) : Set.of(UUID.fromString(whose));
        var open = people.stream()
                .filter(person -> !pages.getOrDefault(person, List.of()).isEmpty())
                .toList();
        if (open.isEmpty()) {
            return;
        }
        // every open page's count in one query: a burst reaching thousands rings each bell without a query per page
        queries.unread(open).forEach((person, unread) -> pages.getOrDefault(person, List.of())
                .forEach(emitter -> send(emitter, unread)));
    }

    private static void send(SseEmitter emitter, long unread) {
        try {
            emitter.send(SseEmitter.event().name("unread").data(unread));
        } catch (IOException | IllegalStateException gone) {
            emitter.completeWithError(gone);
        }
    }

    /** Ends every stream when the application stops, so a graceful shutdown does not wait for open pages. */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        pages.values().forEach(open -> open.forEach(SseEmitter::complete));
        pages.clear();
    }
}
