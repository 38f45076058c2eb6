package dev.tandem.risk.web;

import dev.tandem.risk.RiskAccess;
import dev.tandem.risk.RiskImport;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.RowProblems;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The register from a workbook over the API: the import answers when it is done, with what it created, changed and
 * left as it was, or 400 with every wrong cell (row, column, reason) and nothing written.
 */
@RestController
@RequestMapping("/api/v1/risks")
class RiskImportApi {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RiskImportFiles files;
    private final RiskImport imports;
    private final RiskTemplate template;
    private final RowProblems problems;

    RiskImportApi(RiskImportFiles files, RiskImport imports, RiskTemplate template, RowProblems problems) {
        this.files = files;
        this.imports = imports;
        this.template = template;
        this.problems = problems;
    }

    /** What an import did. */
    record Imported(int created, int updated, int unchanged) {}

    @PostMapping("/imports")
    ResponseEntity<?> importFile(@RequestParam(name = "file", required = false) MultipartFile file, Viewer viewer) {
        imports.begin(viewer);
        var path = RiskImportJobs.copy(file);
        try {
            var report = imports.finish(files.read(path, viewer, rows -> {}), rows -> {});
            if (!report.accepted()) {
                return problems.rejectedFile(report.errors());
            }
            return ResponseEntity.ok(new Imported(report.created(), report.updated(), report.unchanged()));
        } finally {
            RiskImportJobs.delete(path);
        }
    }

    @GetMapping("/template")
    ResponseEntity<StreamingResponseBody> template(Viewer viewer, Locale locale) {
        if (!RiskAccess.keepsRegister(viewer)) {
            throw new AccessDeniedException("importing the risk register");
        }
        return template(template, viewer, locale);
    }

    /** The template as a download, for the page and the API alike. */
    static ResponseEntity<StreamingResponseBody> template(RiskTemplate template, Viewer viewer, Locale locale) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("risk-template-" + LocalDate.now() + ".xlsx")
                                .build()
                                .toString())
                .body(out -> template.write(out, viewer, locale));
    }
}
