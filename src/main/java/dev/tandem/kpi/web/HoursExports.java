package dev.tandem.kpi.web;

import dev.tandem.kpi.hours.HoursQueries;
import dev.tandem.kpi.hours.HoursQueries.HoursFilter;
import dev.tandem.kpi.hours.HoursQueries.HoursRow;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Spreadsheets;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The hours list as a file, with the filters, order and scope of the list. Its columns are those of an upload, so
 * an exported file can be corrected and uploaded again.
 */
@Component
class HoursExports {

    private static final List<String> HEADER = List.of(
            "hours.column.organisation",
            "hours.column.site",
            "hours.column.month",
            "hours.column.hours",
            "hours.column.averageHeadcount");

    private final HoursQueries queries;
    private final Spreadsheets spreadsheets;

    HoursExports(HoursQueries queries, Spreadsheets spreadsheets) {
        this.queries = queries;
        this.spreadsheets = spreadsheets;
    }

    ResponseEntity<StreamingResponseBody> export(String format, HoursFilter filter, Paging paging, Viewer viewer) {
        var rows = queries.hours(filter, Paging.export(paging.sort()), viewer).items();
        return spreadsheets.export(format, "hours", HEADER, rows, HoursExports::cells);
    }

    private static List<?> cells(HoursRow row) {
        return Arrays.asList(row.organisationName(), row.siteCode(), row.month(), row.hours(), row.averageHeadcount());
    }
}
