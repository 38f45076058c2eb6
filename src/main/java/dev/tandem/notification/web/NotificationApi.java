package dev.tandem.notification.web;

import dev.tandem.notification.InboxFilter;
import dev.tandem.notification.Notification;
import dev.tandem.notification.NotificationQueries;
import dev.tandem.notification.NotificationQueries.InboxItem;
import dev.tandem.notification.Notifications;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The caller's own notifications: the list, the unread count, acknowledging one or all, and the stream of the count.
 */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationApi {

    private final NotificationQueries queries;
    private final Notifications notifications;
    private final InboxStreams streams;

    NotificationApi(NotificationQueries queries, Notifications notifications, InboxStreams streams) {
        this.queries = queries;
        this.notifications = notifications;
        this.streams = streams;
    }

    record Unread(long unread) {}

    @GetMapping
    Page<InboxItem> list(InboxFilter filter, Paging paging, Viewer viewer) {
        return queries.inbox(filter, paging, viewer);
    }

    @GetMapping("/unread")
    Unread unread(Viewer viewer) {
        return new Unread(queries.unread(viewer));
    }

    /** Acknowledges one of the caller's notifications; acknowledging it again changes nothing. */
    @PostMapping("/{id}/acknowledge")
    Notification acknowledge(@PathVariable UUID id, Viewer viewer) {
        return notifications.acknowledge(id, viewer);
    }

    record Acknowledged(int acknowledged) {}

    /** Acknowledges every unread notification of the caller's that the filter keeps (kind, severity). */
    @PostMapping("/acknowledge-all")
    Acknowledged acknowledgeAll(InboxFilter filter, Viewer viewer) {
        return new Acknowledged(notifications.acknowledgeAll(filter, viewer));
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(Viewer viewer) {
        return streams.open(viewer);
    }
}
