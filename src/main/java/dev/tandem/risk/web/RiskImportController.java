package dev.tandem.risk.web;

import dev.tandem.risk.sheet.RiskImport;
import dev.tandem.shared.imports.ImportPage;
import dev.tandem.shared.imports.ImportPageController;
import dev.tandem.shared.imports.ImportPages;
import dev.tandem.shared.imports.SheetFiles;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The register from a spreadsheet, on a page ({@code /risks/import}): the template to fill in, the upload, and the
 * import's progress, as every import's pages are.
 */
@Controller
@RequestMapping("/risks")
class RiskImportController extends ImportPageController {

    RiskImportController(RiskImport imports, ImportPages pages) {
        super(
                new ImportPage(RiskImport.KIND, "risks/import", "/risks", "risk.", SheetFiles.Formats.XLSX),
                imports,
                pages);
    }
}
