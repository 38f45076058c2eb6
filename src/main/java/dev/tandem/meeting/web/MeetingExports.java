package dev.tandem.meeting.web;

import dev.tandem.meeting.holding.MeetingQueries;
import dev.tandem.meeting.holding.MeetingQueries.MeetingFilter;
import dev.tandem.meeting.holding.MeetingQueries.MeetingRow;
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

/** Meetings as a workbook or CSV file, as filtered and within the viewer's scope, for the page and the API alike. */
@Component
record MeetingExports(MeetingQueries queries, SiteSheets sheets) {

    private static final List<String> HEADERS = List.of(
            "meeting.heldAt",
            "meeting.kind",
            "meeting.status",
            "meeting.contractor",
            "meeting.site",
            "meeting.place",
            "meeting.present",
            "meeting.decisions",
            "record.voidedColumn");

    ResponseEntity<StreamingResponseBody> meetings(String format, MeetingFilter filter, Paging paging, Viewer viewer) {
        var rows =
                queries.meetings(filter, Paging.export(paging.sort()), viewer).items();
        return sheets.export(format, "meetings", HEADERS, rows, MeetingExports::cells);
    }

    /** When, as the site's wall clock showed it; the counts as numbers a spreadsheet sums. */
    private static List<?> cells(MeetingRow row, SiteTimes times) {
        return Arrays.asList(
                times.local(row.heldAt(), row.siteId()),
                new DefaultMessageSourceResolvable("meeting.kind." + row.kind()),
                new DefaultMessageSourceResolvable("meeting.status." + row.status()),
                row.organisationName(),
                row.siteName(),
                row.place(),
                row.present(),
                row.decisions(),
                row.voided());
    }
}
