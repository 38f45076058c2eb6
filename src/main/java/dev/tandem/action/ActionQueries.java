package dev.tandem.action;

import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists and counts of corrective actions as SQL projections, within what the viewer may read. Overdue and due soon
 * are derived from the due date and today's date in the enterprise's time zone, never stored.
 */
@Component
@Transactional(readOnly = true)
public class ActionQueries {

    private static final String FROM =
            """
            corrective_action a join site s on s.id = a.site_id
            join person p on p.id = a.owner_person_id
            join organisation o on o.id = a.responsible_organisation_id""";

    private static final String PENDING = "a.status in ('OPEN', 'IN_PROGRESS') and a.voided_at is null";

    private static final Map<String, String> SORTABLE = Map.of(
            "due", "a.due_date",
            "title", "a.title",
            "status", "array_position(array['OPEN', 'IN_PROGRESS', 'DONE', 'VERIFIED'], a.status)",
            "priority", "array_position(array['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'], a.priority)",
            "site", "s.name",
            "owner", "p.full_name",
            "organisation", "o.name",
            "created", "a.created_at",
            "done", "a.done_at");

    private final JdbcClient jdbc;
    private final ActionReferences references;
    private final ActionProperties properties;

    ActionQueries(JdbcClient jdbc, ActionReferences references, ActionProperties properties) {
        this.jdbc = jdbc;
        this.references = references;
        this.properties = properties;
    }

    /**
     * @param overdue whether due before today and not done
     * @param dueSoon whether due within the reminder window and not done
     * @param onTime whether done by the due date; null while not done
     */
    public record ActionRow(
            UUID id,
            String title,
            SourceType sourceType,
            UUID sourceId,
            String sourceCategory,
            UUID siteId,
            String siteName,
            UUID ownerPersonId,
            String ownerName,
            UUID responsibleOrganisationId,
            String responsibleOrganisationName,
            LocalDate dueDate,
            ActionPriority priority,
            ActionStatus status,
            Instant createdAt,
            Instant doneAt,
            boolean overdue,
            boolean dueSoon,
            Boolean onTime,
            boolean voided) {}

    /** How many actions are where: by status, and of the unfinished ones how many are due soon or overdue. */
    public record ActionCounts(long open, long inProgress, long done, long verified, long dueSoon, long overdue) {

        public long total() {
            return open + inProgress + done + verified;
        }

        /** Not done yet: open or in progress. */
        public long pending() {
            return open + inProgress;
        }
    }

    /** Today in the enterprise's time zone: the day overdue is measured by. */
    public LocalDate today() {
        return references.today();
    }

    /** The enterprise's time zone, in which due dates are days. */
    public ZoneId zone() {
        return references.zone();
    }

    /** One action as a list shows it (voided or not), if the viewer may read it. */
    public Optional<ActionRow> action(UUID id, Viewer viewer) {
        var query = filtered(ActionFilter.everything(), viewer, today()).where("a.id = :id", "id", id);
        return rows(query, Paging.first(1)).items().stream().findFirst();
    }

    public Page<ActionRow> actions(ActionFilter filter, Paging paging, Viewer viewer) {
        return rows(filtered(filter, viewer, today()), paging);
    }

    private Page<ActionRow> rows(ListQuery query, Paging paging) {
        var today = today();
        var horizon = today.plusDays(properties.reminderDaysBefore());
        var zone = zone();
        return query.page(
                        jdbc,
                        """
                        a.id, a.title, a.source_type, a.source_id, a.source_category, a.site_id,
                        s.name as site_name, a.owner_person_id, p.full_name as owner_name,
                        a.responsible_organisation_id, o.name as responsible_organisation_name, a.due_date,
                        a.priority, a.status, a.created_at, a.done_at, a.voided_at is not null as voided""",
                        Selected.class,
                        paging,
                        SORTABLE,
                        // unless asked otherwise: what is still to do, soonest due first, then what was done, latest
                        // first
                        "a.status in ('DONE', 'VERIFIED'), case when a.status in ('OPEN', 'IN_PROGRESS') then a.due_date"
                                + " end, a.due_date desc, a.id")
                .map(row -> row.derived(today, horizon, zone));
    }

    /** The counts of the actions a filter selects. */
    public ActionCounts counts(ActionFilter filter, Viewer viewer) {
        var today = today();
        // one row of aggregates through the same query, so counts keep exactly the list's filters and scope
        return filtered(filter, viewer, today)
                .page(
                        jdbc,
                        """
                        count(*) filter (where a.status = 'OPEN') as open,
                        count(*) filter (where a.status = 'IN_PROGRESS') as in_progress,
                        count(*) filter (where a.status = 'DONE') as done,
                        count(*) filter (where a.status = 'VERIFIED') as verified,
                        count(*) filter (where %1$s and a.due_date between :today and :horizon) as due_soon,
                        count(*) filter (where %1$s and a.due_date < :today) as overdue"""
                                .formatted(PENDING),
                        ActionCounts.class,
                        Paging.first(1),
                        Map.of(),
                        "1")
                .items()
                .get(0);
    }

    /** The status of violation elimination: the actions raised from violations, by status and overdue. */
    public ActionCounts violationElimination(UUID siteId, UUID organisationId, Viewer viewer) {
        return counts(ActionFilter.violations(siteId, organisationId), viewer);
    }

    /** The viewer's own actions, for the panel of the start page. */
    public ActionCounts mine(Viewer viewer) {
        return counts(ActionFilter.ofViewer(), viewer);
    }

    /** The viewer's own unfinished actions, soonest due first, for the start page's work queue. */
    public Page<ActionRow> toDo(Viewer viewer, int limit) {
        return rows(filtered(ActionFilter.ofViewer(), viewer, today()).where(PENDING), Paging.first(limit));
    }

    /**
     * Done actions waiting for the viewer's verification, oldest done first: none unless the viewer verifies, and
     * never the viewer's own, since an action is verified by someone other than its owner.
     */
    public Page<ActionRow> toVerify(Viewer viewer, int limit) {
        var query = filtered(ActionFilter.none(), viewer, today())
                .where(ActionAccess.canPlan(viewer) ? "a.status = 'DONE' and a.voided_at is null" : "false")
                .where("a.owner_person_id is distinct from :verifier", "verifier", orNobody(viewer.personId()));
        return rows(query, new Paging(0, limit, "done"));
    }

    private ListQuery filtered(ActionFilter filter, Viewer viewer, LocalDate today) {
        return ActionAccess.readable(new ListQuery(FROM), viewer)
                // the dates that overdue and due soon are measured by
                .param("today", today)
                .param("horizon", today.plusDays(properties.reminderDaysBefore()))
                .where("a.status = :status", "status", name(filter.status()))
                .where("a.priority = :priority", "priority", name(filter.priority()))
                .where("a.site_id = :site", "site", filter.siteId())
                .where("a.responsible_organisation_id = :organisation", "organisation", filter.organisationId())
                .where("a.source_type = :sourceType", "sourceType", name(filter.sourceType()))
                .where("a.source_id = :source", "source", filter.sourceId())
                .where("a.source_category = :category", "category", filter.category())
                .where("a.owner_person_id = :owner", "owner", filter.ownerPersonId())
                .where(
                        "a.owner_person_id = :mine",
                        "mine",
                        Boolean.TRUE.equals(filter.mine()) ? orNobody(viewer.personId()) : null)
                .where(
                        "a.responsible_organisation_id = :myOrganisation",
                        "myOrganisation",
                        Boolean.TRUE.equals(filter.myOrganisation()) ? orNobody(viewer.organisationId()) : null)
                .where(Boolean.TRUE.equals(filter.overdue()) ? PENDING + " and a.due_date < :today" : "true")
                .where(
                        Boolean.TRUE.equals(filter.dueSoon())
                                ? PENDING + " and a.due_date between :today and :horizon"
                                : "true")
                .search(filter.q(), "a.title")
                .where(Boolean.TRUE.equals(filter.voided()) ? "true" : "a.voided_at is null");
    }

    /** An id nobody has, so that "mine" of a viewer without a person selects nothing. */
    private static UUID orNobody(UUID id) {
        return id != null ? id : new UUID(0, 0);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** A row as selected, before what is derived from today's date. */
    record Selected(
            UUID id,
            String title,
            SourceType sourceType,
            UUID sourceId,
            String sourceCategory,
            UUID siteId,
            String siteName,
            UUID ownerPersonId,
            String ownerName,
            UUID responsibleOrganisationId,
            String responsibleOrganisationName,
            LocalDate dueDate,
            ActionPriority priority,
            ActionStatus status,
            Instant createdAt,
            Instant doneAt,
            boolean voided) {

        ActionRow derived(LocalDate today, LocalDate horizon, ZoneId zone) {
            boolean pending = status.isPending() && !voided;
            return new ActionRow(
                    id,
                    title,
                    sourceType,
                    sourceId,
                    sourceCategory,
                    siteId,
                    siteName,
                    ownerPersonId,
                    ownerName,
                    responsibleOrganisationId,
                    responsibleOrganisationName,
                    dueDate,
                    priority,
                    status,
                    createdAt,
                    doneAt,
                    pending && dueDate.isBefore(today),
                    pending && !dueDate.isBefore(today) && !dueDate.isAfter(horizon),
                    doneAt == null ? null : !doneAt.atZone(zone).toLocalDate().isAfter(dueDate),
                    voided);
        }
    }
}
