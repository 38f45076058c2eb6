package dev.tandem.audit;

import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.RecordRows;
import dev.tandem.shared.Viewer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Inspections and schedules as lists, within what the viewer reads. */
@Component
@Transactional(readOnly = true)
public class InspectionQueries {

    private final JdbcClient jdbc;

    InspectionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param q searches the title and who conducted it
     * @param status only those in this state
     */
    public record InspectionFilter(
            String q,
            InspectionStatus status,
            InspectionKind kind,
            UUID siteId,
            UUID organisationId,
            UUID templateId) {}

    /** An inspection in a list, with its findings counted. */
    public record InspectionRow(
            UUID id,
            String title,
            int templateVersion,
            String siteName,
            String areaName,
            String organisationName,
            InspectionStatus status,
            InspectionKind kind,
            LocalDate conductedOn,
            String conductedBy,
            Instant dueAt,
            BigDecimal percentage,
            long findings) {}

    /** The inspections the viewer reads, the latest first; voided ones left out. */
    public Page<InspectionRow> inspections(InspectionFilter filter, Paging paging, Viewer viewer) {
        var query = InspectionAccess.readable(
                        new ListQuery(
                                        """
                                audit_inspection i join site s on s.id = i.site_id
                                left join area a on a.id = i.area_id
                                left join organisation o on o.id = i.organisation_id""")
                                .countedFrom("audit_inspection i"),
                        viewer)
                .where("i.voided_at is null")
                .where(
                        "i.status = :status",
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .where(
                        "i.kind = :kind",
                        "kind",
                        filter.kind() == null ? null : filter.kind().name())
                .where("i.site_id = :site", "site", filter.siteId())
                .where("i.organisation_id = :organisation", "organisation", filter.organisationId())
                .where("i.template_id = :template", "template", filter.templateId())
                .search(filter.q(), "i.title", "i.conducted_by");
        return query.page(
                jdbc,
                """
                i.id, i.title, i.template_version, s.name as site_name, a.name as area_name,
                o.name as organisation_name, i.status, i.kind, i.conducted_on, i.conducted_by, i.due_at, i.percentage,
                (select count(*) from audit_inspection_finding f where f.audit_inspection = i.id) as findings""",
                InspectionRow.class,
                paging,
                Map.of("createdAt", "i.created_at", "title", "i.title", "dueAt", "i.due_at"),
                "i.created_at desc, i.id");
    }

    /** The joint inspections a contractor started in the period (by the day conducted), for its rating. */
    public record JointCount(UUID organisationId, String organisationName, long started, long completed) {}

    /** Per contractor that started joint inspections in the period, within what the viewer reads. */
    public java.util.List<JointCount> jointCounts(LocalDate from, LocalDate to, Viewer viewer) {
        return new ListQuery("audit_inspection i join organisation o on o.id = i.started_by_organisation_id")
                .where("i.voided_at is null")
                .where("i.kind = 'JOINT'")
                .where("o.kind = 'CONTRACTOR'")
                .where("i.conducted_on >= :from", "from", from)
                .where("i.conducted_on <= :to", "to", to)
                .visibleTo(viewer, "i.started_by_organisation_id")
                .grouped(
                        jdbc,
                        """
                        i.started_by_organisation_id as organisation_id, o.name as organisation_name,
                        count(*) as started, count(*) filter (where i.status = 'COMPLETED') as completed""",
                        "i.started_by_organisation_id, o.name order by o.name",
                        JointCount.class);
    }

    /**
     * A contractor's audits of one month: how many were completed and their score together by the one formula
     * ({@link Scoring#total}).
     */
    public record AuditScore(
            UUID organisationId, String organisationName, LocalDate month, long audits, Scoring.Score score) {}

    private record AuditSums(
            UUID organisationId,
            String organisationName,
            LocalDate month,
            long audits,
            BigDecimal points,
            BigDecimal possible) {}

    /** Per contractor and month of completion, within what the viewer reads; the latest month first. */
    public java.util.List<AuditScore> contractorScores(LocalDate from, LocalDate to, Viewer viewer) {
        return new ListQuery("audit_inspection i join organisation o on o.id = i.organisation_id")
                        .where("i.voided_at is null")
                        .where("i.kind = 'CONTRACTOR_AUDIT'")
                        .where("i.status = 'COMPLETED'")
                        .where("i.conducted_on >= :from", "from", from)
                        .where("i.conducted_on <= :to", "to", to)
                        .visibleTo(viewer, "i.organisation_id")
                        .grouped(
                                jdbc,
                                """
                        i.organisation_id, o.name as organisation_name,
                        cast(date_trunc('month', i.conducted_on) as date) as month, count(*) as audits,
                        sum(i.points) as points, sum(i.possible) as possible""",
                                "i.organisation_id, o.name, date_trunc('month', i.conducted_on) order by month desc, o.name",
                                AuditSums.class)
                        .stream()
                        .map(sums -> new AuditScore(
                                sums.organisationId(),
                                sums.organisationName(),
                                sums.month(),
                                sums.audits(),
                                Scoring.total(sums.points(), sums.possible())))
                        .toList();
    }

    /** The names on an inspection's title page. */
    /** @param assignedPersonName the person a schedule's slot is assigned to; null when it is a role's */
    public record TitlePage(
            String siteName,
            String areaName,
            String organisationName,
            String startedByName,
            String assignedPersonName) {}

    public TitlePage titlePage(Inspection inspection) {
        return jdbc.sql(
                        """
                        select s.name as site_name, a.name as area_name, o.name as organisation_name,
                               b.name as started_by_name, p.full_name as assigned_person_name
                        from site s left join area a on a.id = :area left join organisation o on o.id = :organisation
                        left join organisation b on b.id = :startedBy left join person p on p.id = :assigned
                        where s.id = :site""")
                .param("assigned", inspection.slot().assignedPersonId())
                .param("site", inspection.siteId())
                .param("area", inspection.areaId())
                .param("organisation", inspection.organisationId())
                .param("startedBy", inspection.startedByOrganisationId())
                .query(RecordRows.of(TitlePage.class))
                .single();
    }

    /** A schedule in a list. */
    public record ScheduleRow(
            UUID id,
            String templateTitle,
            String siteName,
            String areaName,
            String organisationName,
            Cadence.Frequency cadence,
            String times,
            Integer dayOfWeek,
            Integer dayOfMonth,
            String assignedRole,
            String assignedPerson,
            Instant nextSlotAt) {}

    /** The schedules the viewer reads: the owner company all, a contractor's people those of its work. */
    public Page<ScheduleRow> schedules(Paging paging, Viewer viewer) {
        var query = new ListQuery(
                        """
                        audit_schedule c join audit_template t on t.id = c.template_id
                        join site s on s.id = c.site_id left join area a on a.id = c.area_id
                        left join organisation o on o.id = c.organisation_id
                        left join person p on p.id = c.assigned_person_id""")
                .where("c.voided_at is null")
                .visibleTo(viewer, "c.organisation_id");
        return query.page(
                jdbc,
                """
                c.id, t.title as template_title, s.name as site_name, a.name as area_name,
                o.name as organisation_name, c.cadence, c.times, c.day_of_week, c.day_of_month, c.assigned_role,
                p.full_name as assigned_person, c.next_slot_at""",
                ScheduleRow.class,
                paging,
                Map.of("nextSlotAt", "c.next_slot_at"),
                "c.next_slot_at, c.id");
    }
}
