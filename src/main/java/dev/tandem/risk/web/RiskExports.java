package dev.tandem.risk.web;

import dev.tandem.risk.RiskFilter;
import dev.tandem.risk.RiskQueries;
import dev.tandem.risk.RiskQueries.RiskRow;
import dev.tandem.risk.sheet.RiskColumn;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Spreadsheets;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The register as a workbook or CSV file, for the page and the API alike: as filtered, within the viewer's scope, in
 * the columns of {@link RiskColumn}, which the template and the import read too. The rows stream from a database
 * cursor into the file, so the whole register is exported, however long, without being held.
 */
@Component
class RiskExports {

    static final List<String> HEADERS =
            Arrays.stream(RiskColumn.values()).map(RiskColumn::headerCode).toList();

    private final RiskQueries queries;
    private final Spreadsheets spreadsheets;

    RiskExports(RiskQueries queries, Spreadsheets spreadsheets) {
        this.queries = queries;
        this.spreadsheets = spreadsheets;
    }

    ResponseEntity<StreamingResponseBody> risks(String format, RiskFilter filter, Paging paging, Viewer viewer) {
        var locale = LocaleContextHolder.getLocale();
        // the sort field is checked before the answer starts, so that a wrong one is a 400 and not a broken download
        Paging.export(paging.sort()).orderBy(RiskQueries.sortable(), "");
        return spreadsheets.<RiskRow>streamed(
                format,
                "risks",
                HEADERS,
                each -> queries.forEachRisk(filter, paging.sort(), viewer, each),
                row -> Arrays.stream(RiskColumn.values())
                        .map(column -> column.value(row, locale))
                        .toList());
    }
}
