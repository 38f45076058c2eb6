package dev.tandem.organisation;

import dev.tandem.shared.web.Spreadsheets;
import java.util.List;
import java.util.function.BiFunction;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A list of records that happened on sites (events, actions, stops) as a workbook or CSV file: each row's times read
 * on its own site's clock, the rest as {@link Spreadsheets} writes every export.
 */
@Component
public record SiteSheets(Spreadsheets spreadsheets, PlantStructure plant) {

    /**
     * @param name the file's name, without its extension
     * @param cells a row's cells, given the sites' clocks
     */
    public <T> ResponseEntity<StreamingResponseBody> export(
            String format,
            String name,
            List<String> headerCodes,
            List<T> rows,
            BiFunction<T, SiteTimes, List<?>> cells) {
        var times = plant.siteTimes();
        return spreadsheets.export(format, name, headerCodes, rows, row -> cells.apply(row, times));
    }
}
