package dev.tandem.meeting.committees;

import dev.tandem.history.AuditedRecords;
import dev.tandem.history.CreateRule;
import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.meeting.MeetingAccess;
import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each site's safety committee: its line managers and safety department set its members and schedule; the owner
 * company's managers and directors read it, a contractor never (it is invited to a committee's meeting, not to the
 * committee's page). A member is a current person of the owner company or of a contractor.
 */
@NamedInterface("committees")
@Service
@Transactional
public class CommitteePlanning {

    private final Committees committees;
    private final AuditedRecords<Committee> records;
    private final History history;
    private final PlantStructure plant;
    private final OrganisationDirectory directory;
    private final JdbcClient jdbc;
    private final Clock clock;

    CommitteePlanning(
            Committees committees,
            History history,
            PlantStructure plant,
            OrganisationDirectory directory,
            JdbcClient jdbc,
            Clock clock) {
        this.committees = committees;
        this.records = history.auditing(committees, (viewer, committee) -> readsCommittees(viewer));
        this.history = history;
        this.plant = plant;
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Committees are the owner company's: its managers, safety department, directors and administrators read them. */
    public static boolean readsCommittees(Viewer viewer) {
        return MeetingAccess.readsMeetings(viewer) && !viewer.contractor();
    }

    /** The site's committee, if one is set up; the site must be one the plant has. */
    @Transactional(readOnly = true)
    public Optional<Committee> committee(UUID siteId, Viewer viewer) {
        if (!readsCommittees(viewer)) {
            if (viewer.contractor() && MeetingAccess.readsMeetings(viewer)) {
                throw new NotFoundException("Committee", siteId);
            }
            throw new AccessDeniedException("reading committees");
        }
        plant.currentSite(siteId).orElseThrow(() -> new NotFoundException("Site", siteId));
        return current(siteId);
    }

    /** The site's committee as the meetings' rules read it, whoever asks. */
    @Transactional(readOnly = true)
    public Optional<Committee> current(UUID siteId) {
        return siteId == null ? Optional.empty() : committees.findById(siteId).filter(c -> !c.isVoided());
    }

    /**
     * Sets up the site's committee, or changes it (with the version read): whoever holds meetings is told of a site
     * that does not exist (not found, as a read of it answers), then only the site's own holders may.
     */
    public Committee set(UUID siteId, Precondition precondition, SetCommittee set, Viewer viewer) {
        MeetingAccess.requireHoldsMeetings(viewer);
        plant.currentSite(siteId).orElseThrow(() -> new NotFoundException("Site", siteId));
        MeetingAccess.requireHoldCommittee(viewer, siteId);
        var members = members(set.memberIds());
        var stored = committees.findById(siteId);
        if (stored.isEmpty()) {
            return records.create(siteId, CreateRule.checkedBefore(), id -> Committee.of(id, set, members), viewer)
                    .record();
        }
        return records.change(stored.get(), precondition, committee -> committee.set(set, members), viewer);
    }

    private List<CommitteeMember> members(List<UUID> personIds) {
        var unique = new LinkedHashSet<UUID>(personIds == null ? List.of() : personIds);
        return unique.stream()
                .map(person -> directory
                        .membership(person)
                        .orElseThrow(() -> new InvalidRequestException("memberIds", "rule.noSuchPerson")))
                .map(member -> new CommitteeMember(member.personId(), member.organisationId()))
                .toList();
    }

    /** The day of the committee's next meeting on the site's clock, and whether it is overdue. */
    @Transactional(readOnly = true)
    public NextMeeting next(Committee committee) {
        var zone = plant.siteTimes().zone(committee.siteId());
        var today = LocalDate.now(clock.withZone(zone));
        var lastHeld = jdbc.sql(
                        """
                        select held_at from meeting_record
                        where kind = 'COMMITTEE' and site_id = :site and status = 'HELD' and voided_at is null
                        order by held_at desc limit 1""")
                .param("site", committee.siteId())
                .query(Instant.class)
                .optional()
                .map(at -> LocalDate.ofInstant(at, zone))
                .orElse(null);
        var due = committee.nextDue(today, lastHeld);
        return new NextMeeting(due, committee.meetsAt().toString(), due.isBefore(today), lastHeld);
    }

    /** @param lastHeld the day of its latest meeting held, or null */
    public record NextMeeting(LocalDate due, String at, boolean overdue, LocalDate lastHeld) {}

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(Committee committee) {
        return history.of(committee);
    }
}
