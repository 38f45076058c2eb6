package dev.tandem.shared.imports;

import dev.tandem.shared.Viewer;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The pages of an import, below the {@code @RequestMapping} of the module's controller that extends this one: the
 * template to fill in, the upload, and the import's progress (rows read and checked, then written), polled until it
 * ends with what it did or every wrong cell. Every request is refused to those who may not import.
 */
public abstract class ImportPageController {

    private final ImportPage page;
    private final Importing importing;
    private final ImportPages pages;

    protected ImportPageController(ImportPage page, Importing importing, ImportPages pages) {
        this.page = page;
        this.importing = importing;
        this.pages = pages;
        pages.uploadsAt(page.uploadPath()); // files sent there may be as large as an import's
    }

    /** What the module's page shows besides the form and the progress; nothing by default. */
    protected void describe(Viewer viewer, Model model) {}

    @GetMapping("/import")
    public String page(Viewer viewer, Model model) {
        importing.requireImporter(viewer);
        describe(viewer, model);
        return pages.page(page, model);
    }

    @PostMapping("/import")
    public String upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            Viewer viewer,
            Locale locale,
            Model model) {
        importing.requireImporter(viewer);
        describe(viewer, model);
        return pages.upload(
                page, file, viewer, (path, progress) -> importing.importFile(path, viewer, progress), locale, model);
    }

    /** The job's page, or (asked by the page itself while the job runs) only its progress. */
    @GetMapping("/imports/{id}")
    public String job(
            @PathVariable UUID id,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Viewer viewer,
            Locale locale,
            Model model) {
        return pages.job(page, id, htmx != null, viewer, locale, model);
    }

    @GetMapping("/template.xlsx")
    public ResponseEntity<StreamingResponseBody> template(Viewer viewer, Locale locale) {
        importing.requireImporter(viewer);
        return ImportPages.template(page.kind() + "-template", out -> importing.template(out, viewer, locale));
    }
}
