package dev.tandem.training.web;

import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Spreadsheets;
import dev.tandem.training.Standing;
import dev.tandem.training.listing.CompetenceMatrix;
import dev.tandem.training.listing.CompetenceMatrix.Row;
import dev.tandem.training.listing.MatrixFilter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The competence matrix as a workbook or CSV file, as filtered and within the viewer's scope: a row per person, a
 * column per required competence, each cell its standing in the reader's language with the expiry.
 */
@Component
class MatrixExports {

    private final CompetenceMatrix matrix;
    private final Spreadsheets spreadsheets;

    MatrixExports(CompetenceMatrix matrix, Spreadsheets spreadsheets) {
        this.matrix = matrix;
        this.spreadsheets = spreadsheets;
    }

    ResponseEntity<StreamingResponseBody> matrix(String format, MatrixFilter filter, Paging paging, Viewer viewer) {
        var locale = LocaleContextHolder.getLocale();
        // the sort field is checked before the answer starts, so that a wrong one is a 400 and not a broken download
        Paging.export(paging.sort()).orderBy(CompetenceMatrix.sortable(), "");
        var columns = matrix.columns(filter, viewer);
        var headers = new ArrayList<>(
                List.of("training.matrix.person", "training.matrix.position", "training.matrix.organisation"));
        // a header that is no message code is written as it is: the competence's name
        columns.forEach(column -> headers.add(column.name(locale)));
        return spreadsheets.<Row>streamed(
                format,
                "competence-matrix",
                headers,
                each -> matrix.forEachRow(filter, paging.sort(), viewer, columns, each),
                row -> {
                    var cells = new ArrayList<Object>(List.of(
                            row.fullName(), row.position() == null ? "" : row.position(), row.organisationName()));
                    row.cells()
                            .forEach(cell -> cells.add(
                                    cell.standing() == null
                                            ? null
                                            : new DefaultMessageSourceResolvable(
                                                    new String[] {
                                                        cell.standing() == Standing.VALID && cell.expiresOn() == null
                                                                ? "training.cell.LASTING"
                                                                : "training.cell." + cell.standing()
                                                    },
                                                    new Object[] {cell.expiresOn()})));
                    return cells;
                });
    }
}
