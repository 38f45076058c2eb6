package dev.tandem.shared.imports;

import dev.tandem.shared.Viewer;
import java.util.Locale;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * An import over the API, below the {@code @RequestMapping} of the module's controller that extends this one: {@code
 * POST …/imports} answers when it is done, with what it created, changed and left as it was, or 400 with every wrong
 * cell (row, column, reason) and nothing written; with {@code Prefer: respond-async} it answers 202 at once, its
 * progress at {@code /api/v1/imports/{id}}. {@code GET …/template} is the workbook to fill in.
 */
public abstract class ImportApiController {

    private final String kind;
    private final Importing importing;
    private final ImportPages pages;

    protected ImportApiController(String kind, Importing importing, ImportPages pages) {
        this.kind = kind;
        this.importing = importing;
        this.pages = pages;
        // files sent here may be as large as an import's (shared.web's UploadLimit)
        var mapping = AnnotatedElementUtils.findMergedAnnotation(getClass(), RequestMapping.class);
        pages.uploadsAt((mapping == null || mapping.path().length == 0 ? "" : mapping.path()[0]) + "/imports");
    }

    @PostMapping("/imports")
    public ResponseEntity<?> importFile(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestHeader(name = "Prefer", required = false) String prefer,
            Viewer viewer) {
        importing.requireImporter(viewer);
        return pages.api(kind, file, prefer, viewer, (path, progress) -> importing.importFile(path, viewer, progress));
    }

    @GetMapping("/template")
    public ResponseEntity<StreamingResponseBody> template(Viewer viewer, Locale locale) {
        importing.requireImporter(viewer);
        return ImportPages.template(kind + "-template", out -> importing.template(out, viewer, locale));
    }
}
