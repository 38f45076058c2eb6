package dev.tandem.training;

import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.shared.Languages;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.imports.ImportJobs;
import dev.tandem.shared.imports.ImportReport;
import dev.tandem.shared.imports.Importing;
import dev.tandem.shared.imports.SheetCheck;
import dev.tandem.shared.imports.SheetFiles;
import dev.tandem.shared.imports.SheetHeader;
import dev.tandem.shared.imports.SheetTemplate;
import dev.tandem.training.access.TrainingAccess;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Training records from a spreadsheet (xlsx or CSV), all rows or none: records of tens of thousands of people at once.
 * Rows are checked as the file streams (see {@link TrainingSheet}); once every row is read and right, a row whose
 * external id names a stored record changes it (only a row that changes something gets a history entry), the others
 * enter new records, all in one transaction (see {@link TrainingImportWriter}). The safety department imports anyone's
 * records, approved at once; a contractor's supervisor only their own organisation's people's, which wait for the
 * safety department's approval, as records entered one by one do.
 */
@Service
public class TrainingImport implements Importing {

    /** What an import's jobs are called. */
    public static final String KIND = "training";

    /** Rows one file may hold. */
    public static final int MAX_ROWS = 400_000;

    private static final Set<TrainingColumn> REQUIRED = Set.of(
            TrainingColumn.PERSON, TrainingColumn.COMPETENCE, TrainingColumn.COMPLETED_ON, TrainingColumn.RESULT);

    private final OrganisationDirectory directory;
    private final CompetenceCatalogue catalogue;
    private final TrainingReferences references;
    private final TrainingImportWriter writer;
    private final MessageSource messages;

    TrainingImport(
            OrganisationDirectory directory,
            CompetenceCatalogue catalogue,
            TrainingReferences references,
            TrainingImportWriter writer,
            MessageSource messages) {
        this.directory = directory;
        this.catalogue = catalogue;
        this.references = references;
        this.writer = writer;
        this.messages = messages;
    }

    /** Only the safety department and contractors' supervisors, who record training, import it. */
    @Override
    public void requireImporter(Viewer viewer) {
        if (!TrainingAccess.records(viewer)) {
            throw new AccessDeniedException("importing training records");
        }
    }

    /**
     * Imports a stored file for the viewer, all of it or nothing.
     *
     * @throws dev.tandem.shared.InvalidRequestException (field {@code file}) when the file is no spreadsheet, names
     *     unknown columns or holds no rows
     */
    @Override
    public ImportReport importFile(Path file, Viewer viewer, ImportJobs.Progress progress) {
        requireImporter(viewer);
        var people = directory.namedPeople(TrainingAccess.approves(viewer) ? null : viewer.organisationId()).stream()
                .filter(person -> TrainingAccess.canRecordForOrganisation(viewer, person.organisationId()))
                .toList();
        var sheet = new TrainingSheet(people, catalogue.current(), results(), references.todays());
        var header = new SheetHeader<>(TrainingColumn.class, REQUIRED, messages);
        SheetFiles.read(file, SheetFiles.Formats.XLSX_OR_CSV, header, sheet.check(), sheet::add, progress);
        writer.matchStored(sheet, viewer);
        if (sheet.check().wrongCells() > 0) {
            return ImportReport.refused(sheet.check());
        }
        progress.writing(sheet.rows().size());
        return writer.write(sheet, viewer, progress);
    }

    /** The results by every name a cell may give them: the label in either language, the constant, or a short word. */
    private Map<String, TrainingResult> results() {
        var results = new HashMap<String, TrainingResult>();
        for (var result : TrainingResult.values()) {
            results.put(SheetCheck.key(result.name()), result);
            for (var language : Languages.SUPPORTED) {
                results.put(SheetCheck.key(messages.getMessage("training.result." + result, null, language)), result);
            }
        }
        for (var pass : List.of("pass", "yes", "да", "сдал", "сдала", "зачтено", "зачёт", "зачет")) {
            results.put(pass, TrainingResult.PASSED);
        }
        for (var fail : List.of("fail", "no", "нет", "не сдал", "не сдала", "не зачтено", "незачёт", "незачет")) {
            results.put(fail, TrainingResult.FAILED);
        }
        return results;
    }

    /**
     * The workbook to fill in: the columns an import reads, headers in the reader's language, the competences and the
     * results as drop-downs.
     */
    @Override
    public void template(OutputStream out, Viewer viewer, Locale locale) throws IOException {
        requireImporter(viewer);
        new SheetTemplate<>(Arrays.asList(TrainingColumn.values()), messages, locale)
                .choices(
                        TrainingColumn.COMPETENCE,
                        catalogue.current().stream().map(Competence::code).toList())
                .choices(
                        TrainingColumn.RESULT,
                        Arrays.stream(TrainingResult.values())
                                .map(result -> messages.getMessage("training.result." + result, null, locale))
                                .toList())
                .dates(TrainingColumn.COMPLETED_ON)
                .dates(TrainingColumn.EXPIRES_ON)
                .write(out, messages.getMessage("training.import.sheet", null, locale), MAX_ROWS);
    }
}
