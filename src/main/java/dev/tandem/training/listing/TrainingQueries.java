package dev.tandem.training.listing;

import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.RecordRows;
import dev.tandem.shared.Viewer;
import dev.tandem.training.ApprovalStatus;
import dev.tandem.training.TrainingResult;
import dev.tandem.training.access.TrainingAccess;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Training records as SQL projections within what the viewer may read. */
@Component
@Transactional(readOnly = true)
public class TrainingQueries {

    private static final String FROM =
            """
            training_record t join person p on p.id = t.person_id
            join organisation o on o.id = t.organisation_id
            join competence c on c.id = t.competence_id""";

    private static final String COLUMNS =
            """
            t.id, t.external_id, t.person_id, p.full_name as person_name, t.organisation_id,
            o.name as organisation_name, t.competence_id, c.code as competence_code, c.name_en as competence_en,
            c.name_ru as competence_ru, t.session_id, t.completed_on, t.result, t.trainer, t.provider,
            t.evidence_reference, t.expires_on, t.expiry_given, t.status, t.returned_comment,
            t.voided_at is not null as voided""";

    private static final Map<String, String> SORTABLE = Map.of(
            "person", "p.full_name",
            "organisation", "o.name",
            "competence", "c.code",
            "completedOn", "t.completed_on",
            "expiresOn", "t.expires_on",
            "status", "t.status");

    private static final String ORDER = "t.completed_on desc, p.full_name, t.id";

    private final JdbcClient jdbc;

    TrainingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A record as lists show it. */
    public record TrainingRow(
            UUID id,
            String externalId,
            UUID personId,
            String personName,
            UUID organisationId,
            String organisationName,
            UUID competenceId,
            String competenceCode,
            String competenceEn,
            String competenceRu,
            UUID sessionId,
            LocalDate completedOn,
            TrainingResult result,
            String trainer,
            String provider,
            String evidenceReference,
            LocalDate expiresOn,
            boolean expiryGiven,
            ApprovalStatus status,
            String returnedComment,
            boolean voided) {

        public String competence(Locale locale) {
            return "ru".equals(locale.getLanguage()) ? competenceRu : competenceEn;
        }
    }

    public Page<TrainingRow> records(TrainingFilter filter, Paging paging, Viewer viewer) {
        var query = new ListQuery(FROM)
                .where("t.person_id = :person", "person", filter.personId())
                .where("t.organisation_id = :organisation", "organisation", filter.organisationId())
                .where("t.competence_id = :competence", "competence", filter.competenceId())
                .where("t.session_id = :session", "session", filter.sessionId())
                .where(
                        "t.status = :status",
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .where(
                        "t.result = :result",
                        "result",
                        filter.result() == null ? null : filter.result().name())
                .search(filter.q(), "p.full_name", "t.trainer", "t.provider", "t.external_id");
        if (!Boolean.TRUE.equals(filter.voided())) {
            query.where("t.voided_at is null");
        }
        return TrainingAccess.readable(query, viewer, "t.person_id", "t.organisation_id")
                .page(jdbc, COLUMNS, TrainingRow.class, paging, SORTABLE, ORDER);
    }

    /** How many current records wait for the safety department's approval, by organisation, most first. */
    public record Waiting(UUID organisationId, String organisationName, long records) {}

    public java.util.List<Waiting> waitingByOrganisation() {
        return jdbc.sql(
                        """
                        select t.organisation_id, o.name as organisation_name, count(*) as records
                        from training_record t join organisation o on o.id = t.organisation_id
                        where t.status = 'PENDING_APPROVAL' and t.voided_at is null
                        group by t.organisation_id, o.name order by records desc, o.name""")
                .query(RecordRows.of(Waiting.class))
                .list();
    }
}
