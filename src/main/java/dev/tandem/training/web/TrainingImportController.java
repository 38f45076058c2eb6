package dev.tandem.training.web;

import dev.tandem.shared.Viewer;
import dev.tandem.shared.imports.ImportPage;
import dev.tandem.shared.imports.ImportPageController;
import dev.tandem.shared.imports.ImportPages;
import dev.tandem.shared.imports.SheetFiles;
import dev.tandem.training.TrainingImport;
import dev.tandem.training.access.TrainingAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Training records from a spreadsheet, on a page ({@code /training/import}): the template to fill in, the upload (xlsx
 * or CSV), and the import's progress, as every import's pages are. A contractor's supervisor is told that their
 * records wait for approval.
 */
@Controller
@RequestMapping("/training")
class TrainingImportController extends ImportPageController {

    TrainingImportController(TrainingImport imports, ImportPages pages) {
        super(
                new ImportPage(
                        TrainingImport.KIND,
                        "training/import",
                        "/training",
                        "training.import.column.",
                        SheetFiles.Formats.XLSX_OR_CSV),
                imports,
                pages);
    }

    @Override
    protected void describe(Viewer viewer, Model model) {
        model.addAttribute("waitsForApproval", !TrainingAccess.approves(viewer));
    }
}
