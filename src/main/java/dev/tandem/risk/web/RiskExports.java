package dev.tandem.risk.web;

import dev.tandem.risk.RiskFilter;
import dev.tandem.risk.RiskQueries;
import dev.tandem.risk.RiskQueries.RiskRow;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Spreadsheets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The register as a workbook or CSV file, for the page and the API alike: as filtered, within the viewer's scope. */
@Component
class RiskExports {

    private static final List<String> HEADERS = List.of(
            "risk.externalId",
            "risk.site",
            "risk.area",
            "risk.activity",
            "risk.category",
            "risk.hazard",
            "risk.unwantedEvent",
            "risk.consequence",
            "risk.owner",
            "risk.reviewDate",
            "risk.fatal",
            "risk.status",
            "risk.likelihood",
            "risk.severity",
            "risk.band",
            "risk.residualLikelihood",
            "risk.residualSeverity",
            "risk.residualBand",
            "record.voidedColumn");

    private final RiskQueries queries;
    private final Spreadsheets spreadsheets;

    RiskExports(RiskQueries queries, Spreadsheets spreadsheets) {
        this.queries = queries;
        this.spreadsheets = spreadsheets;
    }

    ResponseEntity<StreamingResponseBody> risks(String format, RiskFilter filter, Paging paging, Viewer viewer) {
        var rows = queries.risks(filter, Paging.export(paging.sort()), viewer).items();
        var locale = LocaleContextHolder.getLocale();
        return spreadsheets.export(format, "risks", HEADERS, rows, row -> cells(row, locale));
    }

    private static List<?> cells(RiskRow row, Locale locale) {
        return Arrays.asList(
                row.externalId(),
                row.siteName(),
                row.areaName(),
                row.activity(),
                row.category(locale),
                row.hazard(),
                row.unwantedEvent(),
                row.consequence(),
                row.ownerName(),
                row.reviewDate(),
                row.fatal(),
                label("risk.status." + row.status()),
                row.likelihood(),
                row.severity(),
                row.band() == null ? null : label("risk.band." + row.band()),
                row.residualLikelihood(),
                row.residualSeverity(),
                row.residualBand() == null ? null : label("risk.band." + row.residualBand()),
                row.voided());
    }

    private static DefaultMessageSourceResolvable label(String code) {
        return new DefaultMessageSourceResolvable(code);
    }
}
