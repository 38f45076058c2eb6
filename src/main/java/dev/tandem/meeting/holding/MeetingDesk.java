package dev.tandem.meeting.holding;

import dev.tandem.action.ActionPlanning;
import dev.tandem.action.ActionPriority;
import dev.tandem.action.RaiseAction;
import dev.tandem.action.SourceType;
import dev.tandem.history.AuditedRecords;
import dev.tandem.history.Created;
import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.meeting.MeetingAccess;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holding meetings, rotation meetings and site committees alike: the mentor or the safety department opens one on an
 * engagement under way, or the site's managers and safety department on its committee (its agenda builds itself, its
 * members are invited), invites people and says who came, concludes each item, records decisions (each raised at once
 * as a corrective action on its owner, of either side) and closes the record when the meeting is held. A request the
 * rules refuse changes nothing, the action included.
 */
@NamedInterface("holding")
@Service
@Transactional
public class MeetingDesk {

    /** A decision without a due date is due this many days after the meeting. */
    static final int DECISION_DAYS = 14;

    private final Meetings meetings;
    private final AuditedRecords<Meeting> records;
    private final History history;
    private final MeetingPlant plant;
    private final Agenda agenda;
    private final ActionPlanning actions;

    MeetingDesk(Meetings meetings, History history, MeetingPlant plant, Agenda agenda, ActionPlanning actions) {
        this.meetings = meetings;
        this.records = history.auditing(meetings, MeetingAccess::canRead);
        this.history = history;
        this.plant = plant;
        this.agenda = agenda;
        this.actions = actions;
    }

    /** Opens a meeting with its agenda; one whose id is stored already is returned as it is, to a viewer who reads it. */
    public Created<Meeting> open(OpenMeeting open, Viewer viewer) {
        MeetingAccess.requireHoldsMeetings(viewer);
        return records.create(
                open.id(),
                (replayer, stored) -> requireHold(replayer, plant.whoseOf(stored)),
                id -> opened(id, open, viewer),
                viewer);
    }

    private Meeting opened(UUID id, OpenMeeting open, Viewer viewer) {
        var whose = plant.whose(open.engagementId(), open.siteId(), viewer);
        requireHold(viewer, whose);
        plant.requireWithin(whose, open.heldAt());
        var site = whose.siteId();
        var day = plant.day(open.heldAt(), site);
        var previous = meetings.previousHeld(whose, open.heldAt());
        var since = previous.map(Meeting::heldAt).orElseGet(() -> plant.zoneStart(whose.lookBackFrom(day), site));
        var items = agenda.build(whose, previous, since, plant.day(since, site), day, viewer);
        var invited = plant.current(whose.members()).stream()
                .map(member -> Attendee.invited(member.personId(), member.organisationId(), false))
                .toList();
        return Meeting.opened(
                id, whose, open.heldAt(), open.place(), plant.language(open.language()), invited, items, plant.now());
    }

    /** A meeting the viewer may read. */
    @Transactional(readOnly = true)
    public Meeting meeting(UUID id, Viewer viewer) {
        var meeting = meetings.findById(id).orElseThrow(() -> new NotFoundException("Meeting", id));
        MeetingAccess.requireRead(viewer, meeting);
        return meeting;
    }

    /**
     * Whether the viewer holds the meeting: its engagement's mentor or the safety department, or its site's managers
     * and safety department for a committee.
     */
    @Transactional(readOnly = true)
    public boolean canHold(Meeting meeting, Viewer viewer) {
        return !meeting.isVoided() && plant.whoseOf(meeting).heldBy(viewer);
    }

    /** The contractors whose people may attend the meeting besides the owner company's. */
    @Transactional(readOnly = true)
    public java.util.Set<UUID> invitedOrganisations(Meeting meeting) {
        return plant.whoseOf(meeting).invitedOrganisations();
    }

    /** Moves the meeting to another time within the engagement's dates, or another place. */
    public Meeting reschedule(UUID id, Precondition precondition, Instant heldAt, String place, Viewer viewer) {
        return hold(id, precondition, viewer, (meeting, whose) -> {
            if (heldAt == null) {
                throw new InvalidRequestException("heldAt", "meeting.rule.heldAtRequired");
            }
            plant.requireWithin(whose, heldAt);
            meeting.reschedule(heldAt, place);
        });
    }

    /** Invites a person of either side, or says whether they came. */
    public Meeting attend(UUID id, Precondition precondition, UUID personId, boolean present, Viewer viewer) {
        return hold(id, precondition, viewer, (meeting, whose) -> {
            var person = plant.participant(personId, whose, "personId");
            meeting.attend(person.personId(), person.organisationId(), present);
        });
    }

    public Meeting removeAttendee(UUID id, Precondition precondition, UUID personId, Viewer viewer) {
        return hold(id, precondition, viewer, (meeting, whose) -> meeting.removeAttendee(personId));
    }

    /** The mentor adds an item of their own. */
    public Meeting addItem(UUID id, Precondition precondition, String title, Viewer viewer) {
        return hold(id, precondition, viewer, (meeting, whose) -> {
            if (title == null || title.isBlank()) {
                throw new InvalidRequestException("title", "meeting.rule.itemTitleRequired");
            }
            var text = title.strip();
            meeting.addItem(new AgendaItem(
                    UUID.randomUUID(),
                    ItemSource.ADDED,
                    null,
                    text.length() > 300 ? text.substring(0, 300) : text,
                    null,
                    null,
                    null));
        });
    }

    /** An item discussed, or carried over to the next meeting, with a note. */
    public Meeting conclude(
            UUID id, Precondition precondition, UUID itemId, ItemOutcome outcome, String note, Viewer viewer) {
        return hold(id, precondition, viewer, (meeting, whose) -> meeting.conclude(itemId, outcome, note));
    }

    /**
     * Records a decision and raises its corrective action (source MEETING, the decision's id) on its owner, the owner's
     * organisation answering for it. A decision without an owner, or with one of a third organisation, is refused.
     */
    public Meeting decide(UUID id, Precondition precondition, RecordDecision decision, Viewer viewer) {
        return hold(id, precondition, viewer, (meeting, whose) -> {
            if (decision.text() == null || decision.text().isBlank()) {
                throw new InvalidRequestException("text", "meeting.rule.decisionText");
            }
            if (decision.ownerPersonId() == null) {
                throw new InvalidRequestException("ownerPersonId", "meeting.rule.decisionOwner");
            }
            var owner = plant.participant(decision.ownerPersonId(), whose, "ownerPersonId");
            var decisionId = decision.id() == null ? UUID.randomUUID() : decision.id();
            var due = decision.dueDate() != null
                    ? decision.dueDate()
                    : plant.day(meeting.heldAt(), meeting.siteId()).plusDays(DECISION_DAYS);
            var text = decision.text().strip();
            actions.raise(
                    new RaiseAction(
                            decisionId,
                            text,
                            null,
                            SourceType.MEETING,
                            meeting.id(),
                            null,
                            owner.personId(),
                            owner.organisationId(),
                            due,
                            ActionPriority.MEDIUM),
                    viewer);
            meeting.decide(new Decision(decisionId, text, owner.personId(), owner.organisationId(), due, decisionId));
        });
    }

    /** The meeting was held: its record is closed, and it counts for its rotation. */
    public Meeting close(UUID id, Precondition precondition, Viewer viewer) {
        var now = plant.now();
        return hold(id, precondition, viewer, (meeting, whose) -> meeting.close(now, plant.ownerCompany()));
    }

    /** Only the safety department voids a meeting (recorded twice, by mistake), with a reason. */
    public Meeting voidMeeting(UUID id, String reason, Viewer viewer) {
        var meeting = meeting(id, viewer);
        if (!MeetingAccess.canVoid(viewer)) {
            throw new AccessDeniedException("voiding meetings");
        }
        return records.voidRecord(meeting, reason, viewer);
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(Meeting meeting) {
        return history.of(meeting);
    }

    interface Step {
        void apply(Meeting meeting, Whose whose);
    }

    /** A step by whoever holds the meeting: who may is checked before anything the step was sent with. */
    Meeting hold(UUID id, Precondition precondition, Viewer viewer, Step step) {
        var meeting = meeting(id, viewer);
        var whose = plant.whoseOf(meeting);
        requireHold(viewer, whose);
        Consumer<Meeting> change = changed -> step.apply(changed, whose);
        return records.change(meeting, precondition, change, viewer);
    }

    private static void requireHold(Viewer viewer, Whose whose) {
        if (!whose.heldBy(viewer)) {
            throw new AccessDeniedException("holding this meeting");
        }
    }
}
