package dev.tandem.contractor.web;

import dev.tandem.contractor.prequalification.DocumentQueries;
import dev.tandem.contractor.prequalification.DocumentQueries.DocumentFilter;
import dev.tandem.contractor.prequalification.DocumentQueries.DocumentRow;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.QueryFilter;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A contractor's documents as a list over the API: a page of them ({@code q}, {@code status}, {@code voided},
 * {@code page}, {@code size}, {@code sort}) with the count of all, or the whole of it as a file.
 */
@RestController
@RequestMapping("/api/v1/contractors/{id}/documents")
class DocumentListApi {

    private final DocumentQueries queries;
    private final DocumentExports exports;

    DocumentListApi(DocumentQueries queries, DocumentExports exports) {
        this.queries = queries;
        this.exports = exports;
    }

    @GetMapping
    Page<DocumentRow> list(@PathVariable UUID id, @QueryFilter DocumentFilter filter, Paging paging, Viewer viewer) {
        return queries.documents(id, filter, paging, viewer);
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(
            @PathVariable UUID id,
            @QueryFilter DocumentFilter filter,
            Paging paging,
            @RequestParam(required = false) String format,
            Viewer viewer) {
        return exports.documents(format, id, filter, paging, viewer);
    }
}
