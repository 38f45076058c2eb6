package dev.tandem.kpi.hours;

import dev.tandem.shared.RowError;
import java.util.List;

/**
 * What an upload of hours did: all of its rows, or nothing at all when any row was wrong, with every wrong cell.
 *
 * @param unchanged rows that said what was recorded already
 */
public record HoursImportReport(int created, int changed, int unchanged, List<RowError> errors) {

    public HoursImportReport {
        errors = List.copyOf(errors);
    }

    public static HoursImportReport rejected(List<RowError> errors) {
        return new HoursImportReport(0, 0, 0, errors);
    }

    public boolean accepted() {
        return errors.isEmpty();
    }
}
