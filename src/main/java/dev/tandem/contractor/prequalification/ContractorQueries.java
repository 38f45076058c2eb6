package dev.tandem.contractor.prequalification;

import dev.tandem.contractor.ContractorAccess;
import dev.tandem.organisation.OrganisationStatus;
import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contractors as a list, within what the viewer reads: each with its status, type, questionnaire, how many of its
 * required documents are not valid today and how many of its documents wait for the safety department.
 */
@Component
@Transactional(readOnly = true)
public class ContractorQueries {

    static final String FROM =
            """
            organisation o left join contractor_prequalification q on q.id = o.id
            left join contractor_policy p on p.id = q.policy_id""";

    /** Required documents with no approved document of their kind valid today. */
    static final String NOT_VALID =
            """
            (select count(*) from contractor_policy_document d
             where d.contractor_policy = q.policy_id
               and not exists (select 1 from contractor_document c
                               where c.organisation_id = o.id and c.code = d.code and c.status = 'APPROVED'
                                 and c.voided_at is null and c.valid_until >= :today))""";

    private static final String COLUMNS =
            """
            o.id, o.name, o.status, p.name as policy_name, coalesce(q.questionnaire_status, 'DRAFT') as questionnaire,
            %s as documents_not_valid,
            (select count(*) from contractor_document c
             where c.organisation_id = o.id and c.status = 'SUBMITTED' and c.voided_at is null) as documents_waiting"""
                    .formatted(NOT_VALID);

    private static final Map<String, String> SORTABLE = Map.of("name", "o.name", "status", "o.status");

    private final JdbcClient jdbc;
    private final PlantDay day;

    ContractorQueries(JdbcClient jdbc, PlantDay day) {
        this.jdbc = jdbc;
        this.day = day;
    }

    /**
     * @param policyName the contractor's type; null when it has none yet
     * @param documentsNotValid required documents missing, expired or not yet approved
     */
    public record ContractorRow(
            UUID id,
            String name,
            OrganisationStatus status,
            String policyName,
            QuestionnaireStatus questionnaire,
            int documentsNotValid,
            int documentsWaiting) {}

    public record ContractorFilter(String q, OrganisationStatus status) {}

    public Page<ContractorRow> contractors(ContractorFilter filter, Paging paging, Viewer viewer) {
        if (!ContractorAccess.readsContractors(viewer)) {
            throw new AccessDeniedException("reading contractors");
        }
        var query = new ListQuery(FROM)
                .where("o.kind = 'CONTRACTOR' and o.voided_at is null")
                .visibleTo(viewer, "o.id")
                .where(
                        "o.status = :status",
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .search(filter.q(), "o.name")
                .param("today", day.today());
        return query.page(jdbc, COLUMNS, ContractorRow.class, paging, SORTABLE, "o.name, o.id");
    }
}
