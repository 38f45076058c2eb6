package dev.tandem.kpi.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The server-sent event streams that keep dashboards live: one for pages signed in with a session, one for API
 * clients with a token. Anyone signed in may listen; the messages say only that figures changed.
 */
@RestController
class LiveStreams {

    private final LiveUpdates updates;

    LiveStreams(LiveUpdates updates) {
        this.updates = updates;
    }

    @GetMapping(path = "/dashboard/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter page() {
        return updates.open();
    }

    @GetMapping(path = "/api/v1/figures/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter api() {
        return updates.open();
    }
}
