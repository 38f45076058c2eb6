package dev.tandem.notification.web;

import dev.tandem.notification.InboxFilter;
import dev.tandem.notification.NotificationKinds;
import dev.tandem.notification.NotificationQueries;
import dev.tandem.notification.Notifications;
import dev.tandem.notification.Severity;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Everyone's inbox: their notifications newest first, filtered and paged; opening one acknowledges it and shows its
 * record, marking one read acknowledges it where it is. The bell in the menu listens on the stream.
 */
@Controller
class InboxController {

    private final NotificationQueries queries;
    private final Notifications notifications;
    private final InboxStreams streams;

    InboxController(NotificationQueries queries, Notifications notifications, InboxStreams streams) {
        this.queries = queries;
        this.notifications = notifications;
        this.streams = streams;
    }

    @GetMapping("/notifications")
    String inbox(InboxFilter filter, Paging paging, Viewer viewer, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("page", queries.inbox(filter, paging, viewer));
        model.addAttribute("unread", queries.unread(viewer));
        model.addAttribute("kinds", NotificationKinds.all());
        model.addAttribute("severities", Severity.values());
        return "notifications/inbox";
    }

    /** Acknowledges the notification and goes to its record. */
    @PostMapping("/notifications/{id}/open")
    String open(@PathVariable UUID id, Viewer viewer) {
        return "redirect:" + notifications.acknowledge(id, viewer).record().path();
    }

    @PostMapping("/notifications/{id}/acknowledge")
    String acknowledge(@PathVariable UUID id, Viewer viewer) {
        notifications.acknowledge(id, viewer);
        return "redirect:/notifications";
    }

    /** Marks read every unread notification the inbox's filter shows (on every page of it), and shows it again. */
    @PostMapping("/notifications/acknowledge-all")
    String acknowledgeAll(InboxFilter filter, Viewer viewer) {
        notifications.acknowledgeAll(filter, viewer);
        return "redirect:"
                + UriComponentsBuilder.fromPath("/notifications")
                        .queryParamIfPresent("kind", Optional.ofNullable(filter.kind()))
                        .queryParamIfPresent("severity", Optional.ofNullable(filter.severity()))
                        .queryParamIfPresent("unread", Optional.ofNullable(filter.unread()))
                        .build()
                        .encode()
                        .toUriString();
    }

    @GetMapping(path = "/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream(Viewer viewer) {
        return streams.open(viewer);
    }
}
