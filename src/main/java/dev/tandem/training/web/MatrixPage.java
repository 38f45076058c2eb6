package dev.tandem.training.web;

import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import dev.tandem.training.Standing;
import dev.tandem.training.listing.CompetenceMatrix;
import dev.tandem.training.listing.CompetenceMatrix.Cell;
import dev.tandem.training.listing.CompetenceMatrix.Column;
import dev.tandem.training.listing.CompetenceMatrix.Matrix;
import dev.tandem.training.listing.CompetenceMatrix.Row;
import dev.tandem.training.listing.MatrixFilter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The competence matrix as its page shows it: each cell's badge (its classes, its label in the reader's language, the
 * expiry as its title) worked out here, once a standing for the labels, so that the template reads three values a cell
 * instead of asking a bean for the colour and the message bundle for the label in each of a page's hundreds of cells.
 */
record MatrixPage(List<Column> columns, Page<PersonRow> rows) {

    /** A person's row: a badge per column, null where nothing is required of them. */
    record PersonRow(UUID personId, String fullName, String position, String organisationName, List<Badge> badges) {}

    record Badge(String css, String label, String title) {}

    /** Reads a page of the matrix and makes its badges. */
    @Component
    static class Reader {
        private final CompetenceMatrix matrix;
        private final StandingBadges colours;
        private final MessageSource messages;

        Reader(CompetenceMatrix matrix, StandingBadges colours, MessageSource messages) {
            this.matrix = matrix;
            this.colours = colours;
            this.messages = messages;
        }

        MatrixPage page(MatrixFilter filter, Paging paging, Viewer viewer, Locale locale) {
            return of(matrix.matrix(filter, paging, viewer), colours, messages, locale);
        }
    }

    private static MatrixPage of(Matrix matrix, StandingBadges colours, MessageSource messages, Locale locale) {
        var labels = new EnumMap<Standing, String>(Standing.class);
        for (var standing : Standing.values()) {
            labels.put(standing, messages.getMessage("training.standing." + standing, null, locale));
        }
        return new MatrixPage(matrix.columns(), matrix.rows().map(row -> row(row, colours, labels)));
    }

    private static PersonRow row(Row row, StandingBadges colours, Map<Standing, String> labels) {
        var badges = new ArrayList<Badge>(row.cells().size());
        for (Cell cell : row.cells()) {
            badges.add(
                    cell.standing() == null
                            ? null
                            : new Badge(
                                    "badge " + colours.css(cell.standing()),
                                    labels.get(cell.standing()),
                                    cell.expiresOn() == null
                                            ? null
                                            : cell.expiresOn().toString()));
        }
        return new PersonRow(row.personId(), row.fullName(), row.position(), row.organisationName(), badges);
    }
}
