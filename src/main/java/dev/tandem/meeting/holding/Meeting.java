package dev.tandem.meeting.holding;

import dev.tandem.contractor.RotationMeetingHeld;
import dev.tandem.history.KeptOutOfHistory;
import dev.tandem.history.VoidableRecord;
import dev.tandem.meeting.MeetingFacts;
import dev.tandem.meeting.MeetingHeld;
import dev.tandem.shared.InvalidRequestException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.modulith.NamedInterface;

/**
 * A meeting of the plant with a contractor, or of a site's safety committee: when and where, who was invited and who
 * came, an agenda whose items are each discussed or carried over, and decisions that became corrective actions. It is
 * OPEN while it is prepared and held, and HELD once its record is closed; then it is no longer changed.
 */
@NamedInterface("holding")
@Table("meeting_record")
public class Meeting extends VoidableRecord {

    private final MeetingKind kind;
    private final UUID engagementId;
    private final UUID organisationId;
    private final UUID siteId;
    private Instant heldAt;
    private String place;
    private MeetingStatus status;
    private Instant closedAt;
    private final String language;

    @MappedCollection(idColumn = "meeting_record", keyColumn = "meeting_record_key")
    private List<Attendee> attendees;

    @MappedCollection(idColumn = "meeting_record", keyColumn = "meeting_record_key")
    private List<AgendaItem> agenda;

    @MappedCollection(idColumn = "meeting_record", keyColumn = "meeting_record_key")
    private List<Decision> decisions;

    @KeptOutOfHistory("the time of the history's CREATED entry")
    private final Instant createdAt;

    @PersistenceCreator
    Meeting(
            UUID id,
            MeetingKind kind,
            UUID engagementId,
            UUID organisationId,
            UUID siteId,
            Instant heldAt,
            String place,
            MeetingStatus status,
            Instant closedAt,
            String language,
            List<Attendee> attendees,
            List<AgendaItem> agenda,
            List<Decision> decisions,
            Instant createdAt,
            Long version) {
        super("meeting", id, version);
        this.kind = kind;
        this.engagementId = engagementId;
        this.organisationId = organisationId;
        this.siteId = siteId;
        this.heldAt = heldAt;
        this.place = place;
        this.status = status;
        this.closedAt = closedAt;
        this.language = language;
        this.attendees = List.copyOf(attendees);
        this.agenda = List.copyOf(agenda);
        this.decisions = List.copyOf(decisions);
        this.createdAt = createdAt;
    }

    /** A meeting opened with its agenda and those invited; the module has checked whose it is. */
    static Meeting opened(
            UUID id,
            Whose whose,
            Instant heldAt,
            String place,
            String language,
            List<Attendee> invited,
            List<AgendaItem> agenda,
            Instant now) {
        return new Meeting(
                id,
                whose.kind(),
                whose.engagementId(),
                whose.organisationId(),
                whose.siteId(),
                heldAt,
                place == null || place.isBlank() ? null : place.strip(),
                MeetingStatus.OPEN,
                null,
                language,
                invited,
                agenda,
                List.of(),
                now,
                null);
    }

    /** Moves the meeting to another time, checked by the module against the engagement. */
    void reschedule(Instant at, String newPlace) {
        requireOpen();
        heldAt = at;
        place = newPlace == null || newPlace.isBlank() ? null : newPlace.strip();
    }

    /** Invites a person or says whether they came; the module has checked their organisation. */
    void attend(UUID personId, UUID organisation, boolean present) {
        requireOpen();
        if (attendees.stream().anyMatch(attendee -> attendee.personId().equals(personId))) {
            attendees = replaced(
                    attendees,
                    attendee -> attendee.personId().equals(personId),
                    attendee -> attendee.present(present),
                    "personId");
            return;
        }
        var list = new ArrayList<>(attendees);
        list.add(Attendee.invited(personId, organisation, present));
        attendees = List.copyOf(list);
    }

    /** A present attendee signs the record with a picture kept beside the meeting. */
    void sign(UUID personId, UUID signatureId, Instant at) {
        requireOpen();
        if (attendees.stream().noneMatch(a -> a.personId().equals(personId) && a.present())) {
            throw new InvalidRequestException("personId", "meeting.rule.signPresent");
        }
        attendees = replaced(
                attendees,
                attendee -> attendee.personId().equals(personId),
                attendee -> attendee.signedWith(signatureId, at),
                "personId");
    }

    void removeAttendee(UUID personId) {
        requireOpen();
        attendees = attendees.stream()
                .filter(attendee -> !attendee.personId().equals(personId))
                .toList();
    }

    void addItem(AgendaItem item) {
        requireOpen();
        var list = new ArrayList<>(agenda);
        list.add(item);
        agenda = List.copyOf(list);
    }

    /** The item is discussed or carried over, with a note of the discussion. */
    void conclude(UUID itemId, ItemOutcome outcome, String note) {
        requireOpen();
        if (outcome == null) {
            throw new InvalidRequestException("outcome", "meeting.rule.outcomeRequired");
        }
        var text = note == null || note.isBlank() ? null : note.strip();
        agenda =
                replaced(agenda, item -> item.itemId().equals(itemId), item -> item.concluded(outcome, text), "itemId");
    }

    void decide(Decision decision) {
        requireOpen();
        if (decisions.stream().anyMatch(d -> d.decisionId().equals(decision.decisionId()))) {
            return;
        }
        var list = new ArrayList<>(decisions);
        list.add(decision);
        decisions = List.copyOf(list);
    }

    /**
     * Closes the record: the meeting was held. Items left open are carried over to the next meeting; someone must have
     * come from each side of a rotation meeting, and from the owner company to its committee; every present attendee
     * must have signed.
     */
    void close(Instant at, UUID ownerCompany) {
        requireOpen();
        var committee = kind == MeetingKind.COMMITTEE;
        if (!came(ownerCompany) || (!committee && !came(organisationId))) {
            throw new InvalidRequestException(
                    "attendees", committee ? "meeting.rule.plantPresent" : "meeting.rule.bothSidesPresent");
        }
        if (attendees.stream().anyMatch(a -> a.present() && !a.signed())) {
            throw new InvalidRequestException("signatures", "meeting.rule.unsigned");
        }
        agenda = agenda.stream()
                .map(item -> item.outcome() == null ? item.concluded(ItemOutcome.CARRIED_OVER, item.note()) : item)
                .toList();
        status = MeetingStatus.HELD;
        closedAt = at;
        if (kind == MeetingKind.ROTATION) {
            registerEvent(new RotationMeetingHeld(id(), organisationId, engagementId, heldAt));
        }
        registerEvent(new MeetingHeld(id(), siteId, heldAt));
    }

    private boolean came(UUID organisation) {
        return attendees.stream()
                .anyMatch(a -> a.present() && a.organisationId().equals(organisation));
    }

    private void requireOpen() {
        if (status != MeetingStatus.OPEN) {
            throw new InvalidRequestException("status", "meeting.rule.held");
        }
    }

    private static <T> List<T> replaced(
            List<T> items, java.util.function.Predicate<T> which, UnaryOperator<T> change, String field) {
        if (items.stream().noneMatch(which)) {
            throw new InvalidRequestException(field, "meeting.rule.noSuchItem");
        }
        return items.stream()
                .map(item -> which.test(item) ? change.apply(item) : item)
                .toList();
    }

    public MeetingKind kind() {
        return kind;
    }

    public UUID engagementId() {
        return engagementId;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public UUID siteId() {
        return siteId;
    }

    public Instant heldAt() {
        return heldAt;
    }

    public String place() {
        return place;
    }

    public MeetingStatus status() {
        return status;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public List<Attendee> attendees() {
        return attendees;
    }

    public List<AgendaItem> agenda() {
        return agenda;
    }

    public List<Decision> decisions() {
        return decisions;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The language it is held in, and its minutes written in: {@code en} or {@code ru}. */
    public String language() {
        return language;
    }

    /** The organisations of those on the list of attendees. */
    public Set<UUID> attendingOrganisations() {
        return attendees.stream().map(Attendee::organisationId).collect(Collectors.toUnmodifiableSet());
    }

    /** What the other modules see of it; {@code whose} names the contractor met, or the site for its committee. */
    public MeetingFacts facts(String whose) {
        return new MeetingFacts(
                id(),
                siteId,
                organisationId,
                whose,
                heldAt,
                language,
                attendees.stream().map(Attendee::personId).toList(),
                attendingOrganisations(),
                status == MeetingStatus.HELD,
                isVoided());
    }

    @Override
    public Map<String, Object> snapshot() {
        return MeetingSnapshot.of(this);
    }
}
