package dev.tandem.shared.imports;

import dev.tandem.shared.Viewer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;

/** One kind of import, as the pages and the API that every import shares run it. */
public interface Importing {

    /**
     * Refuses a viewer who may not import at all.
     *
     * @throws org.springframework.security.access.AccessDeniedException unless the viewer may import
     */
    void requireImporter(Viewer viewer);

    /**
     * Reads and checks a stored file for the viewer and, when every row is right, writes it: all of it or nothing.
     *
     * @throws dev.tandem.shared.InvalidRequestException (field {@code file}) when the file cannot be read as a whole
     */
    ImportReport importFile(Path file, Viewer viewer, ImportJobs.Progress progress);

    /** Writes the workbook to fill in, headers in the reader's language. */
    void template(OutputStream out, Viewer viewer, Locale locale) throws IOException;
}
