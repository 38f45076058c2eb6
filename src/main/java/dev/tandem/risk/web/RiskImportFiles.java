package dev.tandem.risk.web;

import dev.tandem.risk.RiskImport;
import dev.tandem.risk.RiskSheet;
import dev.tandem.risk.sheet.RiskColumn;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Languages;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.StreamedWorkbook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded workbook into an import, row by row as the file streams: the first row names the columns (by
 * their headers in English or Russian, as the export and the template write them, in any order); columns an import
 * does not read, such as the status, are passed over.
 */
@Component
class RiskImportFiles {

    private static final List<RiskColumn> REQUIRED = Arrays.stream(RiskColumn.values())
            .filter(RiskColumn::imported)
            .filter(column -> column != RiskColumn.EXTERNAL_ID
                    && column != RiskColumn.FATAL
                    && column != RiskColumn.LIKELIHOOD
                    && column != RiskColumn.SEVERITY)
            .toList();

    private final RiskImport imports;
    private final MessageSource messages;
    private final Map<String, RiskColumn> headers = new HashMap<>();

    RiskImportFiles(RiskImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
        for (var column : RiskColumn.values()) {
            headers.put(normalised(column.key()), column);
            for (var language : Languages.SUPPORTED) {
                headers.put(normalised(messages.getMessage(column.headerCode(), null, language)), column);
            }
        }
    }

    /**
     * Checks every row of the workbook for the viewer.
     *
     * @param read told the number of rows read so far, every thousand rows
     * @throws InvalidRequestException (field {@code file}) when the file is no workbook, names unknown columns or
     *     holds no rows
     */
    RiskSheet read(Path file, Viewer viewer, IntConsumer read) {
        var sheet = imports.begin(viewer);
        var columns = new ArrayList<RiskColumn>();
        StreamedWorkbook.read(file, (row, cells) -> {
            if (columns.isEmpty()) {
                columns.addAll(columns(cells));
                return;
            }
            var named = new EnumMap<RiskColumn, String>(RiskColumn.class);
            for (int index = 0; index < cells.size(); index++) {
                var column = index < columns.size() ? columns.get(index) : null;
                if (column == null && !cells.get(index).isBlank()) {
                    throw new InvalidRequestException("file", "risk.import.cellOutsideColumns", row, index + 1);
                }
                if (column != null && column.imported()) {
                    named.put(column, cells.get(index));
                }
            }
            sheet.add(row, named);
            if (sheet.read() % 1000 == 0) {
                read.accept(sheet.read());
            }
        });
        if (columns.isEmpty() || sheet.empty()) {
            throw new InvalidRequestException("file", "upload.empty");
        }
        read.accept(sheet.read());
        return sheet;
    }

    /** The column of every header cell; null for a blank one at the end. */
    private List<RiskColumn> columns(List<String> header) {
        var columns = new ArrayList<RiskColumn>();
        for (var cell : header) {
            var column = headers.get(normalised(cell));
            if (column == null && !cell.isBlank()) {
                throw new InvalidRequestException("file", "risk.import.unknownColumn", cell, expected());
            }
            if (column != null && columns.contains(column)) {
                throw new InvalidRequestException("file", "risk.import.repeatedColumn", cell);
            }
            columns.add(column);
        }
        var missing =
                REQUIRED.stream().filter(column -> !columns.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidRequestException("file", "risk.import.missingColumns", names(missing));
        }
        return columns;
    }

    private String expected() {
        return names(
                Arrays.stream(RiskColumn.values()).filter(RiskColumn::imported).toList());
    }

    private String names(List<RiskColumn> columns) {
        var locale = LocaleContextHolder.getLocale();
        return String.join(
                ", ",
                columns.stream()
                        .map(column -> messages.getMessage(column.headerCode(), null, locale))
                        .toList());
    }

    private static String normalised(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
