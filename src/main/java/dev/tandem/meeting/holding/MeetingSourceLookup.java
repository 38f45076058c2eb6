package dev.tandem.meeting.holding;

import dev.tandem.action.ActionSource;
import dev.tandem.action.SourceLookup;
import dev.tandem.action.SourceType;
import dev.tandem.meeting.MeetingAccess;
import dev.tandem.shared.Viewer;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Meetings as sources of actions: a decision's action is raised on its meeting, tracked on the meeting's site; the
 * contractor met answers for it unless the decision's owner is the plant's.
 */
@Component
class MeetingSourceLookup implements SourceLookup {

    private final Meetings meetings;

    MeetingSourceLookup(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public SourceType type() {
        return SourceType.MEETING;
    }

    @Override
    public Optional<ActionSource> find(UUID sourceId, Viewer viewer) {
        return meetings.findById(sourceId)
                .filter(meeting -> !meeting.isVoided() && MeetingAccess.canRead(viewer, meeting))
                .map(meeting -> new ActionSource(meeting.siteId(), meeting.organisationId(), null));
    }
}
