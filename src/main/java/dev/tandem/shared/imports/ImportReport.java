package dev.tandem.shared.imports;

import dev.tandem.shared.RowError;
import java.util.List;

/**
 * What an import did, or every wrong cell of a file that wrote nothing.
 *
 * @param wrongCells every wrong cell, of which {@code errors} lists at most {@link SheetCheck#MAX_ERRORS}
 */
public record ImportReport(int created, int updated, int unchanged, int wrongCells, List<RowError> errors) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public static ImportReport written(int created, int updated, int unchanged) {
        return new ImportReport(created, updated, unchanged, 0, List.of());
    }

    /** Nothing written: the file's wrong cells. */
    public static ImportReport refused(SheetCheck<?> check) {
        return new ImportReport(0, 0, 0, check.wrongCells(), check.errors());
    }

    public boolean accepted() {
        return errors.isEmpty() && wrongCells == 0;
    }
}
