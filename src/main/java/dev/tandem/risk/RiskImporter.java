package dev.tandem.risk;

import dev.tandem.risk.sheet.RiskColumn;
import dev.tandem.risk.sheet.RiskImport;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.imports.ImportJobs;
import dev.tandem.shared.imports.ImportReport;
import dev.tandem.shared.imports.SheetFiles;
import dev.tandem.shared.imports.SheetHeader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Takes the register from a workbook, all rows or none. Rows are checked as the file streams (see {@link RiskSheet}):
 * the first row names the columns (by their headers in English or Russian, as the export and the template write them,
 * in any order; columns an import does not read, such as the status, are passed over). Once every row is read and
 * right, those whose external id names a stored risk change it (only a row that changes something gets a history
 * entry), the others enter new risks, all in one transaction (see {@link RiskImportWriter}). Only the register's
 * keepers import, and only rows of the sites they keep.
 */
@Service
class RiskImporter implements RiskImport {

    /** Rows one file may hold. */
    static final int MAX_ROWS = 100_000;

    /** The columns a file must have; the external id, fatal and the levels may be left out. */
    private static final Set<RiskColumn> REQUIRED = Arrays.stream(RiskColumn.values())
            .filter(RiskColumn::imported)
            .filter(column -> column != RiskColumn.EXTERNAL_ID
                    && column != RiskColumn.FATAL
                    && column != RiskColumn.LIKELIHOOD
                    && column != RiskColumn.SEVERITY)
            .collect(Collectors.toSet());

    private final RiskSheetLookups lookups;
    private final RiskImportWriter writer;
    private final RiskTemplate template;
    private final MessageSource messages;

    RiskImporter(RiskSheetLookups lookups, RiskImportWriter writer, RiskTemplate template, MessageSource messages) {
        this.lookups = lookups;
        this.writer = writer;
        this.template = template;
        this.messages = messages;
    }

    /**
     * Refuses a viewer who keeps no site's register.
     *
     * @throws AccessDeniedException unless the viewer keeps the register of some site
     */
    @Override
    public void requireImporter(Viewer viewer) {
        if (!RiskAccess.keepsRegister(viewer)) {
            throw new AccessDeniedException("importing the risk register");
        }
    }

    /**
     * Imports a stored workbook for the viewer, all of it or nothing.
     *
     * @throws dev.tandem.shared.InvalidRequestException (field {@code file}) when the file is no workbook, names
     *     unknown columns or holds no rows
     */
    @Override
    public ImportReport importFile(Path file, Viewer viewer, ImportJobs.Progress progress) {
        requireImporter(viewer);
        var sheet = new RiskSheet(lookups.names(), lookups.matrix(), viewer);
        var header = new SheetHeader<>(RiskColumn.class, REQUIRED, messages);
        SheetFiles.read(file, SheetFiles.Formats.XLSX, header, sheet.check(), sheet::add, progress);
        writer.matchStored(sheet);
        if (sheet.check().wrongCells() > 0) {
            return ImportReport.refused(sheet.check());
        }
        progress.writing(sheet.rows().size());
        return writer.write(sheet, progress);
    }

    @Override
    public void template(OutputStream out, Viewer viewer, Locale locale) throws IOException {
        requireImporter(viewer);
        template.write(out, viewer, locale);
    }
}
