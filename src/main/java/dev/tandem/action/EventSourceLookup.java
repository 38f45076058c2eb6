package dev.tandem.action;

import dev.tandem.event.EventReporting;
import dev.tandem.shared.NotFoundException;
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
        try {
            var event = events.event(sourceId, viewer);
            return event.isVoided()
                    ? Optional.empty()
                    : Optional.of(new ActionSource(
                            event.siteId(), event.organisationId(), event.type().name()));
        } catch (NotFoundException unknownOrHidden) {
            return Optional.empty();
        }
    }
}
