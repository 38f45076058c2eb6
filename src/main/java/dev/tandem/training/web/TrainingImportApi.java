package dev.tandem.training.web;

import dev.tandem.shared.imports.ImportApiController;
import dev.tandem.shared.imports.ImportPages;
import dev.tandem.training.TrainingImport;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Training records from a spreadsheet over the API ({@code POST /api/v1/training-records/imports}, the template at
 * {@code GET /api/v1/training-records/template}), as every import's API is.
 */
@RestController
@RequestMapping("/api/v1/training-records")
class TrainingImportApi extends ImportApiController {

    TrainingImportApi(TrainingImport imports, ImportPages pages) {
        super(TrainingImport.KIND, imports, pages);
    }
}
