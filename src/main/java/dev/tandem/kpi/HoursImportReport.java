package dev.tandem.kpi;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * What an upload of hours did: all of its rows, or nothing at all when any row was wrong, with every wrong cell.
 *
 * @param unchanged rows that said what was recorded already
 */
public record HoursImportReport(int created, int changed, int unchanged, List<RowError> errors) {

    public HoursImportReport {
        errors = List.copyOf(errors);
    }

    static HoursImportReport rejected(List<RowError> errors) {
        return new HoursImportReport(0, 0, 0, errors);
    }

    public boolean accepted() {
        return errors.isEmpty();
    }

    /**
     * A wrong cell of an uploaded file.
     *
     * @param column one of {@link HoursLine#COLUMNS}
     * @param message what is wrong, to be read in the person's language
     */
    public record RowError(int row, String column, MessageSourceResolvable message) {}
}
