package dev.tandem.meeting.holding;

import dev.tandem.history.Recorded;
import java.util.Map;

/** What a meeting's history keeps of it at each change: every field, its attendees, agenda and decisions numbered. */
final class MeetingSnapshot {

    private MeetingSnapshot() {}

    static Map<String, Object> of(Meeting meeting) {
        var fields = Recorded.fields(
                "kind", meeting.kind(),
                "engagementId", meeting.engagementId(),
                "organisationId", meeting.organisationId(),
                "siteId", meeting.siteId(),
                "heldAt", meeting.heldAt(),
                "place", meeting.place(),
                "status", meeting.status(),
                "closedAt", meeting.closedAt(),
                "language", meeting.language());
        fields.putAll(Recorded.numbered(
                "attendees",
                meeting.attendees(),
                a -> Recorded.fields(
                        "personId", a.personId(),
                        "organisationId", a.organisationId(),
                        "present", a.present(),
                        "signedAt", a.signedAt())));
        fields.putAll(Recorded.numbered(
                "agenda",
                meeting.agenda(),
                i -> Recorded.fields(
                        "source", i.source(), "title", i.title(), "outcome", i.outcome(), "note", i.note())));
        fields.putAll(Recorded.numbered(
                "decisions",
                meeting.decisions(),
                d -> Recorded.fields(
                        "text", d.text(),
                        "ownerPersonId", d.ownerPersonId(),
                        "responsibleOrganisationId", d.responsibleOrganisationId(),
                        "dueDate", d.dueDate())));
        return fields;
    }
}
