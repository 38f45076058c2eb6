package dev.tandem.action;

import dev.tandem.event.EventReporting;
import dev.tandem.shared.Viewer;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Safety events as sources: the action takes the event's site, organisation and type. */
@Component
class EventSourceLookup implements SourceLookup {

    private final EventReporting events;

    EventSourceLookup(EventReporting events) {
        this.events = events;
    }

    @Override
    public SourceType type() {
        return SourceType.EVENT;
    }

    @Override
    public Optional<ActionSource> find(UUID sourceId, Viewer viewer) {
        // an event unknown or hidden from the viewer is no source, without marking the caller's transaction
        return events.findEvent(sourceId, viewer)
                .filter(event -> !event.isVoided())
                .map(event -> new ActionSource(
                        event.siteId(), event.organisationId(), event.type().name()));
    }
}
