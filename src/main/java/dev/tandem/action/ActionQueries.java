package dev.tandem.action;

import dev.tandem.action.references.ActionReferences;
import dev.tandem.action.reminders.ActionProperties;
import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.RecordRows;
import dev.tandem.shared.Viewer;
import java.sql.Timestamp;
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

    /**
     * A list reads the actions alone, chooses its page (in the order V102 indexes), and only then looks up the names of
     * the page's rows, each by a subquery of its own: joined, the names were looked up for every action an offset
     * skipped or a sort weighed. Every action has its site, owner and responsible organisation (the columns are not null
     * and the keys are checked), so each lookup finds one name, and each join of {@link #NAME_JOINS} keeps every row.
     */
    private static final String FROM = "corrective_action a";

    /**
     * The names a list may be sorted by, joined only when it is: a join over every action doubled the time of a sort by
     * anything else, and a subquery for each action's name took ten times as long as the join.
     */
    private static final Map<String, String> NAME_JOINS = Map.of(
            "site", "join site s on s.id = a.site_id",
            "owner", "join person p on p.id = a.owner_person_id",
            "organisation", "join organisation o on o.id = a.responsible_organisation_id");

    private static final String SITE_NAME = "(select s.name from site s where s.id = a.site_id)";
    private static final String OWNER_NAME = "(select p.full_name from person p where p.id = a.owner_person_id)";
    private static final String ORGANISATION_NAME =
            "(select o.name from organisation o where o.id = a.responsible_organisation_id)";

    // the rule of V24, for the actions of this query at the enterprise's today
    private static final String PENDING = "action_pending(a.status, a.voided_at)";
    private static final String OVERDUE = "action_overdue(a.status, a.voided_at, a.due_date, :today)";
    private static final String DUE_SOON = "action_due_soon(a.status, a.voided_at, a.due_date, :today, :horizon)";

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

    /**
     * Unless asked otherwise: what is still to do, soonest due first, then what was done, latest first. Indexed as
     * written here, for the enterprise and per site (V102).
     */
    private static final String ORDER =
            "a.status in ('DONE', 'VERIFIED'), case when a.status in ('OPEN', 'IN_PROGRESS')"
                    + " then a.due_date end, a.due_date desc, a.id";

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

    /** Whether an action is overdue today and whether it was done on time, by the one rule of V24. */
    public record Timeliness(boolean overdue, Boolean onTime) {}

    /** The rule of V24 applied to an action as it is in memory, such as one just changed. */
    public Timeliness timeliness(CorrectiveAction action) {
        return jdbc.sql(
                        """
                        select action_overdue(:status, cast(:voidedAt as timestamptz), :dueDate, :today) as overdue,
                               action_done_on_time(cast(:doneAt as timestamptz), :dueDate, :zone) as on_time""")
                .param("status", action.status().name())
                .param(
                        "voidedAt",
                        action.voided()
                                .map(voiding -> Timestamp.from(voiding.at()))
                                .orElse(null))
                .param("dueDate", action.dueDate())
                .param("today", today())
                .param("doneAt", action.doneAt() == null ? null : Timestamp.from(action.doneAt()))
                .param("zone", zone().getId())
                .query(RecordRows.of(Timeliness.class))
                .single();
    }

    /** Who verified an action, by name; empty while it is not verified. */
    public Optional<String> verifierName(CorrectiveAction action) {
        return references.personName(action.verifiedBy());
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
        var join = NAME_JOINS.get(paging.field());
        return (join == null ? query : query.joinedForOrder(join))
                .columnsOfThePageOnly("a")
                .param("zone", zone().getId())
                .page(
                        jdbc,
                        """
                        a.id, a.title, a.source_type, a.source_id, a.source_category, a.site_id,
                        %s as site_name, a.owner_person_id, %s as owner_name,
                        a.responsible_organisation_id, %s as responsible_organisation_name, a.due_date,
                        a.priority, a.status, a.created_at, a.done_at, a.voided_at is not null as voided,
                        %s as overdue, %s as due_soon,
                        action_done_on_time(a.done_at, a.due_date, :zone) as on_time"""
                                .formatted(SITE_NAME, OWNER_NAME, ORGANISATION_NAME, OVERDUE, DUE_SOON),
                        ActionRow.class,
                        paging,
                        SORTABLE,
                        ORDER);
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
                        count(*) filter (where %s) as due_soon,
                        count(*) filter (where %s) as overdue"""
                                .formatted(DUE_SOON, OVERDUE),
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
                .where(Boolean.TRUE.equals(filter.overdue()) ? OVERDUE : "true")
                .where(Boolean.TRUE.equals(filter.dueSoon()) ? DUE_SOON : "true")
                .search(filter.q(), "a.title")
                .leavingOut("a.voided_at", filter.voided());
    }

    /** An id nobody has, so that "mine" of a viewer without a person selects nothing. */
    private static UUID orNobody(UUID id) {
        return id != null ? id : new UUID(0, 0);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
