package dev.tandem.event.web;

import dev.tandem.event.EventQueries;
import dev.tandem.event.EventQueries.EventFilter;
import dev.tandem.event.EventQueries.EventRow;
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

/** The event list as a workbook or CSV file, for the page and the API alike, within the viewer's scope. */
@Component
record EventExports(EventQueries queries, SiteSheets sheets) {

    private static final List<String> HEADERS = List.of(
            "event.occurredAt",
            "event.type",
            "event.status",
            "event.site",
            "event.area",
            "event.organisation",
            "event.description",
            "event.sifPotential",
            "event.deliberate",
            "event.injuries",
            "event.worstInjury",
            "record.voidedColumn");

    ResponseEntity<StreamingResponseBody> events(String format, EventFilter filter, Paging paging, Viewer viewer) {
        var rows = queries.events(filter, Paging.export(paging.sort()), viewer).items();
        return sheets.export(format, "events", HEADERS, rows, EventExports::cells);
    }

    /** Times as the site's wall clock showed them. */
    private static List<?> cells(EventRow row, SiteTimes times) {
        return Arrays.asList(
                times.local(row.occurredAt(), row.siteId()),
                label("event.type." + row.type()),
                label("event.status." + row.status()),
                row.siteName(),
                row.areaName(),
                row.organisationName(),
                row.description(),
                row.sifPotential(),
                row.deliberate(),
                row.injuries(),
                row.worstInjury() == null ? null : label("injury.class." + row.worstInjury()),
                row.voided());
    }

    private static DefaultMessageSourceResolvable label(String code) {
        return new DefaultMessageSourceResolvable(code);
    }
}
