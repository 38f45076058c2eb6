package dev.tandem.contractor.web;

import dev.tandem.contractor.prequalification.DocumentQueries;
import dev.tandem.contractor.prequalification.DocumentQueries.DocumentFilter;
import dev.tandem.contractor.prequalification.DocumentQueries.DocumentRow;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Spreadsheets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A contractor's documents as a workbook or CSV file, as filtered and sorted, for its page and the API alike. */
@Component
record DocumentExports(DocumentQueries queries, Spreadsheets spreadsheets) {

    private static final List<String> HEADERS = List.of(
            "contractor.document.code",
            "contractor.document.title",
            "contractor.document.number",
            "contractor.document.validUntil",
            "contractor.document.statusColumn",
            "contractor.document.reviewComment",
            "record.voidedColumn");

    ResponseEntity<StreamingResponseBody> documents(
            String format, UUID organisationId, DocumentFilter filter, Paging paging, Viewer viewer) {
        var rows = queries.documents(organisationId, filter, Paging.export(paging.sort()), viewer)
                .items();
        return spreadsheets.export(format, "contractor-documents", HEADERS, rows, DocumentExports::cells);
    }

    private static List<?> cells(DocumentRow row) {
        return Arrays.asList(
                row.code(),
                row.title(),
                row.number(),
                row.validUntil(),
                new DefaultMessageSourceResolvable("contractor.document.status." + row.status()),
                row.reviewComment(),
                row.voided());
    }
}
