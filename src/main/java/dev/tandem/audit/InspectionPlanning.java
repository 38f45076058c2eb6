package dev.tandem.audit;

import dev.tandem.history.AuditedRecords;
import dev.tandem.history.CreateRule;
import dev.tandem.history.Created;
import dev.tandem.history.History;
import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedules of inspections, planned by the owner company's safety department and line managers, or by a contractor's
 * supervisor for their own work; each step in the schedule's history. The first slot is the first that begins after
 * the schedule is planned, on the site's wall clock.
 */
@Service
@Transactional
@NamedInterface("inspections")
public class InspectionPlanning {

    private final InspectionSchedules schedules;
    private final AuditedRecords<InspectionSchedule> records;
    private final Checklists checklists;
    private final InspectionPlaces places;
    private final OrganisationDirectory directory;
    private final Clock clock;

    InspectionPlanning(
            InspectionSchedules schedules,
            History history,
            Checklists checklists,
            InspectionPlaces places,
            OrganisationDirectory directory,
            Clock clock) {
        this.schedules = schedules;
        this.records = history.auditing(schedules, InspectionPlanning::canRead);
        this.checklists = checklists;
        this.places = places;
        this.directory = directory;
        this.clock = clock;
    }

    public Created<InspectionSchedule> plan(PlanSchedule plan, Viewer viewer) {
        if (!InspectionAccess.plans(viewer)) {
            throw new AccessDeniedException("planning inspections");
        }
        return records.create(plan.id(), CreateRule.checkedBefore(), id -> planned(id, plan, viewer), viewer);
    }

    private InspectionSchedule planned(UUID id, PlanSchedule plan, Viewer viewer) {
        var template = checklists.template(plan.templateId(), viewer);
        if (template.isVoided() || template.publishedVersion() == 0) {
            throw new InvalidRequestException("templateId", "rule.audit.notPublished");
        }
        var organisation = places.checkedOrganisation(plan.siteId(), plan.areaId(), plan.organisationId(), viewer);
        if ((plan.assignedRole() == null) == (plan.assignedPersonId() == null)) {
            throw new InvalidRequestException("assignedRole", "rule.audit.scheduleAssignee");
        }
        if (plan.assignedPersonId() != null) {
            var person = directory
                    .membership(plan.assignedPersonId())
                    .orElseThrow(() -> new InvalidRequestException("assignedPersonId", "rule.noSuchPerson"));
            if (!viewer.canSee(person.organisationId())) {
                throw new InvalidRequestException("assignedPersonId", "rule.noSuchPerson");
            }
        }
        var cadence = plan.cadenceRule();
        var now = Instant.now(clock);
        var checked = new PlanSchedule(
                id,
                plan.templateId(),
                plan.siteId(),
                plan.areaId(),
                organisation,
                plan.cadence(),
                plan.times(),
                plan.dayOfWeek(),
                plan.dayOfMonth(),
                plan.assignedRole(),
                plan.assignedPersonId());
        return InspectionSchedule.planned(
                id, checked, cadence, cadence.firstAtOrAfter(now, places.zone(plan.siteId())), now);
    }

    @Transactional(readOnly = true)
    public InspectionSchedule schedule(UUID id, Viewer viewer) {
        return schedules
                .findById(id)
                .filter(schedule -> canRead(viewer, schedule))
                .orElseThrow(() -> new NotFoundException("InspectionSchedule", id));
    }

    public InspectionSchedule voidSchedule(UUID id, String reason, Viewer viewer) {
        var schedule = schedule(id, viewer);
        if (!InspectionAccess.plans(viewer)) {
            throw new AccessDeniedException("planning inspections");
        }
        return records.voidRecord(schedule, reason, viewer);
    }

    /** A contractor's people read the schedules of their own work; the owner company all of them. */
    static boolean canRead(Viewer viewer, InspectionSchedule schedule) {
        return schedule.organisationId() == null ? !viewer.contractor() : viewer.canSee(schedule.organisationId());
    }
}
