package dev.tandem.risk.web;

import dev.tandem.risk.sheet.RiskImport;
import dev.tandem.shared.imports.ImportApiController;
import dev.tandem.shared.imports.ImportPages;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The register from a workbook over the API ({@code POST /api/v1/risks/imports}), as every import's API is. */
@RestController
@RequestMapping("/api/v1/risks")
class RiskImportApi extends ImportApiController {

    RiskImportApi(RiskImport imports, ImportPages pages) {
        super(RiskImport.KIND, imports, pages);
    }
}
