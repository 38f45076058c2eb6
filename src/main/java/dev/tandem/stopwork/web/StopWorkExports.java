package dev.tandem.stopwork.web;

import dev.tandem.organisation.SiteSheets;
import dev.tandem.organisation.SiteTimes;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import dev.tandem.stopwork.listing.StopWorkQueries;
import dev.tandem.stopwork.listing.StopWorkQueries.StopWorkFilter;
import dev.tandem.stopwork.listing.StopWorkQueries.StopWorkRow;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Stops as a workbook or CSV file, as filtered and within the viewer's scope, for the page and the API alike. No
 * column names who raised a stop.
 */
@Component
record StopWorkExports(StopWorkQueries queries, SiteSheets sheets) {

    private static final List<String> HEADERS = List.of(
            "stopwork.raisedAt",
            "stopwork.status",
            "stopwork.site",
            "stopwork.area",
            "stopwork.organisation",
            "stopwork.work",
            "stopwork.unsafe",
            "stopwork.acknowledgedAfterMinutes",
            "stopwork.stoppedHours",
            "stopwork.riskLinked",
            "record.voidedColumn");

    ResponseEntity<StreamingResponseBody> stops(String format, StopWorkFilter filter, Paging paging, Viewer viewer) {
        var rows = queries.stops(filter, Paging.export(paging.sort()), viewer).items();
        return sheets.export(format, "stops", HEADERS, rows, StopWorkExports::cells);
    }

    /** Times as the site's wall clock showed them; durations as numbers a spreadsheet sums. */
    private static List<?> cells(StopWorkRow row, SiteTimes times) {
        return Arrays.asList(
                times.local(row.raisedAt(), row.siteId()),
                new DefaultMessageSourceResolvable("stopwork.status." + row.status()),
                row.siteName(),
                row.areaName(),
                row.organisationName(),
                row.work(),
                row.unsafe(),
                row.acknowledgedAfterSeconds() == null ? null : Math.round(row.acknowledgedAfterSeconds() / 60.0),
                Math.round(row.stoppedSeconds() / 360.0) / 10.0,
                row.riskId() != null,
                row.voided());
    }
}
