package dev.tandem.contractor.prequalification;

import dev.tandem.contractor.ContractorAccess;
import dev.tandem.contractor.DocumentStatus;
import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A contractor's documents as a list: filtered, sorted and paged like every list, or whole for an export. */
@Component
@Transactional(readOnly = true)
public class DocumentQueries {

    private static final String COLUMNS =
            """
            d.id, d.code, d.title, d.number, d.valid_until, d.status, d.review_comment, d.created_at,
            d.voided_at is not null as voided,
            (select string_agg(f.id::text, ',' order by f.added_at, f.id) from contractor_document_file f
             where f.document_id = d.id) as scans""";

    private static final Map<String, String> SORTABLE = Map.of(
            "validUntil", "d.valid_until",
            "title", "d.title",
            "code", "d.code",
            "status", "d.status",
            "createdAt", "d.created_at");

    private final JdbcClient jdbc;

    DocumentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param scans the ids of its scans, comma-separated in the order they were added (null when none) */
    public record DocumentRow(
            UUID id,
            String code,
            String title,
            String number,
            LocalDate validUntil,
            DocumentStatus status,
            String reviewComment,
            java.time.Instant createdAt,
            boolean voided,
            String scans) {

        public List<UUID> scanIds() {
            return scans == null
                    ? List.of()
                    : Arrays.stream(scans.split(",")).map(UUID::fromString).toList();
        }
    }

    /**
     * @param q words in the title, code or number
     * @param voided whether voided documents are listed too
     */
    public record DocumentFilter(String q, DocumentStatus status, Boolean voided) {}

    /** The contractor's documents, latest filed first unless sorted otherwise; another contractor's are not found. */
    public Page<DocumentRow> documents(UUID organisationId, DocumentFilter filter, Paging paging, Viewer viewer) {
        ContractorAccess.requireRead(viewer, organisationId);
        var query = new ListQuery("contractor_document d")
                .where("d.organisation_id = :organisation", "organisation", organisationId)
                .visibleTo(viewer, "d.organisation_id")
                .where(
                        "d.status = :status",
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .search(filter.q(), "d.title", "d.code", "d.number");
        if (!Boolean.TRUE.equals(filter.voided())) {
            query.where("d.voided_at is null");
        }
        return query.page(jdbc, COLUMNS, DocumentRow.class, paging, SORTABLE, "d.created_at desc, d.id");
    }
}
