package dev.tandem.action.web;

import dev.tandem.action.ActionFilter;
import dev.tandem.action.ActionQueries;
import dev.tandem.action.ActionQueries.ActionRow;
import dev.tandem.organisation.SiteSheets;
import dev.tandem.organisation.SiteTimes;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The action list as a workbook or CSV file, for the page and the API alike, within the viewer's scope. */
@Component
record ActionExports(ActionQueries queries, SiteSheets sheets) {

    private static final List<String> HEADERS = List.of(
            "action.title",
            "action.status",
            "action.priority",
            "action.dueDate",
            "action.overdue",
            "action.onTime",
            "action.site",
            "action.owner",
            "action.organisation",
            "action.source",
            "action.sourceCategory",
            "action.createdAt",
            "action.doneAt",
            "record.voidedColumn");

    ResponseEntity<StreamingResponseBody> actions(String format, ActionFilter filter, Paging paging, Viewer viewer) {
        var rows = queries.actions(filter, Paging.export(paging.sort()), viewer).items();
        return sheets.export(format, "actions", HEADERS, rows, ActionExports::cells);
    }

    /** Due dates as days; when raised and done on the site's clock. */
    private static List<?> cells(ActionRow row, SiteTimes times) {
        return Arrays.asList(
                row.title(),
                label("action.status." + row.status()),
                label("action.priority." + row.priority()),
                row.dueDate(),
                row.overdue(),
                row.onTime(),
                row.siteName(),
                row.ownerName(),
                row.responsibleOrganisationName(),
                label("action.sourceType." + row.sourceType()),
                row.sourceCategory(),
                times.local(row.createdAt(), row.siteId()),
                times.local(row.doneAt(), row.siteId()),
                row.voided());
    }

    private static DefaultMessageSourceResolvable label(String code) {
        return new DefaultMessageSourceResolvable(code);
    }
}
