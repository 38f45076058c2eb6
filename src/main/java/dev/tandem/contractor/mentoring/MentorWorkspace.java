package dev.tandem.contractor.mentoring;

import dev.tandem.action.ActionFilter;
import dev.tandem.action.ActionQueries;
import dev.tandem.action.ActionQueries.ActionRow;
import dev.tandem.action.ActionStatus;
import dev.tandem.action.SourceType;
import dev.tandem.contractor.ContractorAccess;
import dev.tandem.contractor.MeetingsDue;
import dev.tandem.contractor.engagement.EngagementStatus;
import dev.tandem.contractor.prequalification.ContractorStandings;
import dev.tandem.contractor.prequalification.ContractorStandings.Standing;
import dev.tandem.contractor.prequalification.PlantDay;
import dev.tandem.event.EventQueries;
import dev.tandem.event.EventQueries.EventFilter;
import dev.tandem.event.EventQueries.EventRow;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.RecordRows;
import dev.tandem.shared.Viewer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My contractors": the contractors of the engagements the viewer mentors (being agreed or under way), each with its
 * documents and onboarding, its open findings of inspections and its overdue actions (the action module answers), its
 * events of the last 30 days (the event module answers) and when its next rotation meeting is due (the meeting module
 * answers, through {@link MeetingsDue}).
 */
@Component
@Transactional(readOnly = true)
public class MentorWorkspace {

    /** How far back a contractor's events are shown. */
    public static final int RECENT_DAYS = 30;

    private static final int SHOWN = 5;

    private final JdbcClient jdbc;
    private final ContractorStandings standings;
    private final ActionQueries actions;
    private final EventQueries events;
    private final PlantDay day;
    private final ObjectProvider<MeetingsDue> meetings;

    MentorWorkspace(
            JdbcClient jdbc,
            ContractorStandings standings,
            ActionQueries actions,
            EventQueries events,
            PlantDay day,
            ObjectProvider<MeetingsDue> meetings) {
        this.jdbc = jdbc;
        this.standings = standings;
        this.actions = actions;
        this.events = events;
        this.day = day;
        this.meetings = meetings;
    }

    /** An engagement the viewer mentors. */
    public record Mentored(
            UUID id,
            UUID organisationId,
            String organisationName,
            String description,
            EngagementStatus status,
            LocalDate startsOn,
            LocalDate endsOn) {}

    /**
     * A contractor the viewer mentors.
     *
     * @param standing its documents and onboarding (null for an offboarded contractor)
     * @param openFindings its actions raised by inspections' findings and not done yet, of {@code openFindingsCount}
     * @param overdue its overdue actions, the first few of {@code overdueCount}
     * @param recentEvents its events of the last 30 days, the first few of {@code recentEventsCount}
     * @param nextMeetingDue when its next rotation meeting is due: null while none of its engagements has a rotation
     *     pattern
     */
    public record MentoredContractor(
            UUID organisationId,
            String name,
            List<Mentored> engagements,
            Standing standing,
            List<ActionRow> openFindings,
            long openFindingsCount,
            List<ActionRow> overdue,
            long overdueCount,
            List<EventRow> recentEvents,
            long recentEventsCount,
            LocalDate nextMeetingDue) {}

    /** The viewer's contractors, by name; a contractor's people have none. */
    public List<MentoredContractor> of(Viewer viewer) {
        if (viewer.contractor() || !ContractorAccess.readsContractors(viewer)) {
            throw new AccessDeniedException("mentoring contractors");
        }
        var byContractor = new LinkedHashMap<UUID, List<Mentored>>();
        mentored(viewer.personId()).forEach(engagement -> byContractor
                .computeIfAbsent(engagement.organisationId(), id -> new ArrayList<>())
                .add(engagement));
        var since = day.today().minusDays(RECENT_DAYS);
        return byContractor.entrySet().stream()
                .map(entry -> contractor(entry.getKey(), entry.getValue(), since, viewer))
                .toList();
    }

    private MentoredContractor contractor(UUID id, List<Mentored> engagements, LocalDate since, Viewer viewer) {
        var first = Paging.first(SHOWN);
        var findings = open(id, ActionStatus.OPEN, first, viewer);
        var findingsInProgress = open(id, ActionStatus.IN_PROGRESS, first, viewer);
        var shownFindings = new ArrayList<>(findings.items());
        shownFindings.addAll(findingsInProgress.items());
        var overdue = actions.actions(ActionFilter.ofOrganisation(id, null, null, true), first, viewer);
        var recent = events.events(EventFilter.ofOrganisationSince(id, since), first, viewer);
        return new MentoredContractor(
                id,
                engagements.get(0).organisationName(),
                engagements,
                standings.standings(id, Paging.first(1), viewer).items().stream()
                        .findFirst()
                        .orElse(null),
                shownFindings.stream().limit(SHOWN).toList(),
                findings.totalItems() + findingsInProgress.totalItems(),
                overdue.items(),
                overdue.totalItems(),
                recent.items(),
                recent.totalItems(),
                nextMeetingDue(id, viewer));
    }

    private LocalDate nextMeetingDue(UUID organisationId, Viewer viewer) {
        var due = meetings.getIfAvailable();
        return due == null
                ? null
                : due.nextDue(organisationId, viewer.personId()).orElse(null);
    }

    private Page<ActionRow> open(UUID organisationId, ActionStatus status, Paging paging, Viewer viewer) {
        return actions.actions(
                ActionFilter.ofOrganisation(organisationId, SourceType.INSPECTION, status, false), paging, viewer);
    }

    private List<Mentored> mentored(UUID personId) {
        if (personId == null) {
            return List.of();
        }
        return jdbc.sql(
                        """
                        select e.id, e.organisation_id, o.name as organisation_name, e.description, e.status,
                               e.starts_on, e.ends_on
                        from contractor_engagement e join organisation o on o.id = e.organisation_id
                        where e.mentor_person_id = :person and e.voided_at is null and e.status in ('PLANNED', 'ACTIVE')
                        order by o.name, o.id, e.starts_on desc, e.id""")
                .param("person", personId)
                .query(RecordRows.of(Mentored.class))
                .list();
    }
}
