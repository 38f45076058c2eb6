package dev.tandem.contractor.prequalification;

import dev.tandem.contractor.ContractorAccess;
import dev.tandem.organisation.OrganisationStatus;
import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each contractor's standing at a glance (offboarded ones left out), for the dashboard: its required documents not valid today or valid
 * but within their warning days, and its onboarding's progress. Those with something wrong come first.
 */
@Component
@Transactional(readOnly = true)
public class ContractorStandings {

    /** Required documents valid today whose last valid day falls within their warning days. */
    private static final String EXPIRING =
            """
            (select count(*) from contractor_policy_document d
             where d.contractor_policy = q.policy_id
               and exists (select 1 from contractor_document c
                           where c.organisation_id = o.id and c.code = d.code and c.status = 'APPROVED'
                             and c.voided_at is null and c.valid_until >= :today)
               and not exists (select 1 from contractor_document c
                               where c.organisation_id = o.id and c.code = d.code and c.status = 'APPROVED'
                                 and c.voided_at is null and c.valid_until >= :today + d.warn_days))""";

    private static final String COLUMNS =
            """
            o.id, o.name, o.status, %s as documents_not_valid, %s as documents_expiring,
            b.started_on, b.due_on, b.completed_on,
            (select count(*) from contractor_onboarding_tick t
             where t.contractor_onboarding = b.id and t.ticked_on is not null) as ticked,
            (select count(*) from contractor_onboarding_tick t where t.contractor_onboarding = b.id) as steps"""
                    .formatted(ContractorQueries.NOT_VALID, EXPIRING);

    private static final String ORDER =
            "documents_not_valid desc, documents_expiring desc, b.completed_on is not null, b.started_on, o.name, o.id";

    private final JdbcClient jdbc;
    private final PlantDay day;

    ContractorStandings(JdbcClient jdbc, PlantDay day) {
        this.jdbc = jdbc;
        this.day = day;
    }

    /**
     * @param startedOn its onboarding's first day, null when it has not started (so are the onboarding's other fields)
     * @param ticked its onboarding's steps ticked, of {@code steps}
     */
    public record Standing(
            UUID id,
            String name,
            OrganisationStatus status,
            int documentsNotValid,
            int documentsExpiring,
            LocalDate startedOn,
            LocalDate dueOn,
            LocalDate completedOn,
            int ticked,
            int steps) {

        public boolean onboarding() {
            return startedOn != null && completedOn == null;
        }
    }

    /** Contractors not offboarded, within what the viewer reads, the ones needing attention first. */
    public Page<Standing> standings(UUID organisationId, Paging paging, Viewer viewer) {
        if (organisationId != null) {
            ContractorAccess.requireRead(viewer, organisationId);
        } else if (!ContractorAccess.readsContractors(viewer)) {
            throw new AccessDeniedException("reading contractors");
        }
        return new ListQuery(ContractorQueries.FROM
                        + " left join contractor_onboarding b on b.organisation_id = o.id and b.voided_at is null")
                .where("o.kind = 'CONTRACTOR' and o.voided_at is null and o.status <> 'OFFBOARDED'")
                .visibleTo(viewer, "o.id")
                .where("o.id = :organisation", "organisation", organisationId)
                .param("today", day.today())
                .page(jdbc, COLUMNS, Standing.class, paging, Map.of(), ORDER);
    }
}
