package dev.tandem.audit;

import dev.tandem.action.ActionQueries;
import dev.tandem.audit.InspectionQueries.JointCount;
import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Viewer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspections' figures over a period, within what the viewer reads: adherence to schedules, the score by site,
 * contractor, checklist and month (all points over all possible points, {@link Scoring#total}), the questions failed
 * most often (by the one rule of a failed answer), findings whose actions are open and overdue (by the action module's
 * one overdue rule), and the joint inspections each contractor started. Voided inspections count nowhere.
 */
@Component
@Transactional(readOnly = true)
public class InspectionFigures {

    private static final int MOST_FAILED = 10;
    private static final String MONTH = "to_char(i.conducted_on, 'YYYY-MM')";

    private final JdbcClient jdbc;
    private final InspectionQueries queries;
    private final Checklists checklists;
    private final ActionQueries actions;
    private final Clock clock;

    InspectionFigures(
            JdbcClient jdbc, InspectionQueries queries, Checklists checklists, ActionQueries actions, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.checklists = checklists;
        this.actions = actions;
        this.clock = clock;
    }

    /**
     * @param from the first day; a year before {@code to} when left out
     * @param to the last day; today when left out
     * @param organisationId only the inspections of this organisation's work (or started by it, for its own)
     */
    public record Period(LocalDate from, LocalDate to, UUID siteId, UUID organisationId) {}

    /** The figures of the period, in the reader's language where they name a question. */
    public AuditFigures figures(Period asked, Viewer viewer, Locale locale) {
        var to = asked.to() != null ? asked.to() : actions.today();
        var from = asked.from() != null ? asked.from() : to.minusYears(1).plusDays(1);
        var period = new Period(from, to, asked.siteId(), asked.organisationId());
        return new AuditFigures(
                from,
                to,
                adherence(period, viewer),
                total(period, viewer),
                scores(period, viewer, "i.site_id", "s.name", "i.site_id, s.name"),
                scores(period, viewer, "i.organisation_id", "o.name", "i.organisation_id, o.name"),
                scores(period, viewer, "i.template_id", "max(i.title)", "i.template_id"),
                scores(period, viewer, MONTH, MONTH, MONTH),
                mostFailed(period, viewer, locale),
                findings(period, viewer),
                queries.jointCounts(from, to, viewer).stream()
                        .filter(count -> asked.siteId() == null
                                && (asked.organisationId() == null
                                        || asked.organisationId().equals(count.organisationId())))
                        .toList());
    }

    /**
     * @param total the inspections of the period, completed, by the one formula over them all
     * @param joint per contractor that started joint inspections (the whole plant's only: they are not split by site)
     */
    public record AuditFigures(
            LocalDate from,
            LocalDate to,
            Adherence adherence,
            ScoreRow total,
            List<ScoreRow> bySite,
            List<ScoreRow> byContractor,
            List<ScoreRow> byTemplate,
            List<ScoreRow> byMonth,
            List<FailedQuestion> mostFailed,
            FindingCounts findings,
            List<JointCount> joint) {}

    /**
     * Inspections due by schedules whose time to be done ended in the period: done on schedule (completed by the time
     * they were due), done late, and not done.
     *
     * @param percent on schedule ÷ due × 100, to one decimal; null when none was due
     */
    public record Adherence(long due, long onSchedule, long late, long missed, BigDecimal percent) {}

    /**
     * A group's completed inspections and their score together.
     *
     * @param key the site's, contractor's or checklist's id, or the month as 2026-12; null for the plant's own work
     */
    public record ScoreRow(String key, String label, long inspections, Scoring.Score score) {}

    /**
     * A question whose answer fell below its best score, with how often it was answered at all.
     *
     * @param templateId the checklist it belongs to
     */
    public record FailedQuestion(
            UUID templateId, String checklist, String question, String label, long failed, long answered) {}

    /** Findings whose action is not yet done, and of those how many are overdue; counted by when the finding was made. */
    public record FindingCounts(long findings, long open, long overdue) {}

    private ListQuery inspections(String from, Period period, Viewer viewer) {
        return InspectionAccess.readable(new ListQuery(from), viewer)
                .where("i.voided_at is null")
                .where("i.site_id = :site", "site", period.siteId())
                .where(
                        "coalesce(i.organisation_id, i.started_by_organisation_id) = :organisation",
                        "organisation",
                        period.organisationId());
    }

    private ListQuery completed(String from, Period period, Viewer viewer) {
        return inspections(from, period, viewer)
                .where("i.status = 'COMPLETED'")
                .where("i.conducted_on >= :from", "from", period.from())
                .where("i.conducted_on <= :to", "to", period.to());
    }

    private Adherence adherence(Period period, Viewer viewer) {
        var zone = actions.zone();
        var start = period.from().atStartOfDay(zone).toInstant();
        var end = period.to().plusDays(1).atStartOfDay(zone).toInstant();
        var now = Instant.now(clock);
        var rows = inspections("audit_inspection i", period, viewer)
                .where("i.schedule_id is not null")
                .where("i.due_at >= :start", "start", Timestamp.from(start))
                .where("i.due_at < :end", "end", Timestamp.from(end.isBefore(now) ? end : now))
                .grouped(
                        jdbc,
                        """
                        1 as one, count(*) as due,
                        count(*) filter (where i.status = 'COMPLETED' and i.completed_at <= i.due_at) as on_schedule,
                        count(*) filter (where i.status = 'COMPLETED' and i.completed_at > i.due_at) as late""",
                        "1",
                        AdherenceSums.class);
        var sums = rows.isEmpty() ? new AdherenceSums(1, 0, 0, 0) : rows.get(0);
        return new Adherence(
                sums.due(),
                sums.onSchedule(),
                sums.late(),
                sums.due() - sums.onSchedule() - sums.late(),
                sums.due() == 0
                        ? null
                        : BigDecimal.valueOf(sums.onSchedule() * 100)
                                .divide(BigDecimal.valueOf(sums.due()), 1, RoundingMode.HALF_UP));
    }

    private record AdherenceSums(int one, long due, long onSchedule, long late) {}

    private ScoreRow total(Period period, Viewer viewer) {
        var rows = completed("audit_inspection i", period, viewer)
                .grouped(
                        jdbc,
                        "1 as one, count(*) as inspections, sum(i.points) as points, sum(i.possible) as possible",
                        "1",
                        TotalSums.class);
        return rows.isEmpty()
                ? new ScoreRow(null, null, 0, Scoring.total(null, null))
                : new ScoreRow(
                        null,
                        null,
                        rows.get(0).inspections(),
                        Scoring.total(rows.get(0).points(), rows.get(0).possible()));
    }

    private record TotalSums(int one, long inspections, BigDecimal points, BigDecimal possible) {}

    /** Completed inspections grouped by {@code groupBy}, each with its key and label; the plant's own work first. */
    private List<ScoreRow> scores(Period period, Viewer viewer, String key, String label, String groupBy) {
        return completed(
                        """
                        audit_inspection i join site s on s.id = i.site_id
                        left join organisation o on o.id = i.organisation_id""",
                        period,
                        viewer)
                .grouped(
                        jdbc,
                        "cast(" + key + " as text) as key, " + label + " as label, count(*) as inspections,"
                                + " sum(i.points) as points, sum(i.possible) as possible",
                        groupBy + " order by 2 nulls first, 1",
                        ScoreSums.class)
                .stream()
                .map(sums -> new ScoreRow(
                        sums.key(), sums.label(), sums.inspections(), Scoring.total(sums.points(), sums.possible())))
                .toList();
    }

    private record ScoreSums(String key, String label, long inspections, BigDecimal points, BigDecimal possible) {}

    /**
     * The answers of the period's completed inspections counted by checklist version, question and answer in SQL, each
     * answer then judged by the one rule of a failed answer against the question of the version it was given to.
     */
    private List<FailedQuestion> mostFailed(Period period, Viewer viewer, Locale locale) {
        var answers = completed(
                        "audit_inspection i join audit_inspection_answer a on a.audit_inspection = i.id",
                        period,
                        viewer)
                .where("a.answer is not null")
                .grouped(
                        jdbc,
                        "i.template_id, i.template_version, max(i.title) as title, a.question, a.answer, count(*) as times",
                        "i.template_id, i.template_version, a.question, a.answer",
                        AnswerCount.class);
        var versions = new LinkedHashMap<String, TemplateVersion>();
        var questions = new LinkedHashMap<String, FailedQuestion>();
        for (var count : answers) {
            var version = versions.computeIfAbsent(
                    count.templateId() + "/" + count.templateVersion(),
                    key -> checklists.publishedVersion(count.templateId(), count.templateVersion()));
            var question = version.questions().stream()
                    .filter(q -> q.name().equals(count.question()))
                    .findFirst();
            if (question.isEmpty()) {
                continue;
            }
            var failed = InspectionRules.failed(question.get(), count.answer()) ? count.times() : 0;
            questions.merge(
                    count.templateId() + "/" + count.question(),
                    new FailedQuestion(
                            count.templateId(),
                            count.title(),
                            count.question(),
                            question.get().label(locale),
                            failed,
                            count.times()),
                    (kept, more) -> new FailedQuestion(
                            kept.templateId(),
                            kept.checklist(),
                            kept.question(),
                            kept.label(),
                            kept.failed() + more.failed(),
                            kept.answered() + more.answered()));
        }
        return questions.values().stream()
                .filter(question -> question.failed() > 0)
                .sorted(Comparator.comparingLong(FailedQuestion::failed)
                        .reversed()
                        .thenComparing(FailedQuestion::label))
                .limit(MOST_FAILED)
                .toList();
    }

    private record AnswerCount(
            UUID templateId, int templateVersion, String title, String question, String answer, long times) {}

    private FindingCounts findings(Period period, Viewer viewer) {
        var rows = inspections(
                        """
                        audit_inspection i join audit_inspection_finding f on f.audit_inspection = i.id
                        join corrective_action_fact a on a.id = f.action_id""",
                        period,
                        viewer)
                .where("f.raised_at >= :start", "start", Timestamp.from(start(period)))
                .where("f.raised_at < :end", "end", Timestamp.from(end(period)))
                .param("today", actions.today())
                .grouped(
                        jdbc,
                        """
                        1 as one, count(*) as findings,
                        count(*) filter (where a.voided_at is null and a.status in ('OPEN', 'IN_PROGRESS')) as open,
                        count(*) filter (where action_overdue(a.status, a.voided_at, a.due_date, :today)) as overdue""",
                        "1",
                        FindingSums.class);
        return rows.isEmpty()
                ? new FindingCounts(0, 0, 0)
                : new FindingCounts(
                        rows.get(0).findings(), rows.get(0).open(), rows.get(0).overdue());
    }

    private record FindingSums(int one, long findings, long open, long overdue) {}

    private Instant start(Period period) {
        return period.from().atStartOfDay(actions.zone()).toInstant();
    }

    private Instant end(Period period) {
        return period.to().plusDays(1).atStartOfDay(actions.zone()).toInstant();
    }
}
