package dev.tandem.shared.imports;

import java.util.List;

/** Takes the rows of a file one at a time; {@code row} counts as a spreadsheet shows it, from 1. */
@FunctionalInterface
public interface SheetRows {
    void row(int row, List<String> cells);
}
