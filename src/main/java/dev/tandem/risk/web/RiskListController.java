package dev.tandem.risk.web;

import dev.tandem.risk.AssessmentStage;
import dev.tandem.risk.Band;
import dev.tandem.risk.RiskAccess;
import dev.tandem.risk.RiskFilter;
import dev.tandem.risk.RiskQueries;
import dev.tandem.risk.RiskQueries.Cell;
import dev.tandem.risk.RiskStatus;
import dev.tandem.risk.matrix.RiskMatrices;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The register: the sentence per site and for the enterprise, the heat maps before and after measures (a cell filters
 * the list), the list with its filters, sorting, paging and exports; fatal risks and those due for review as tabs.
 */
@Controller
class RiskListController {

    private final RiskQueries queries;
    private final RiskExports exports;
    private final RiskChoices choices;
    private final RiskMatrices matrices;

    RiskListController(RiskQueries queries, RiskExports exports, RiskChoices choices, RiskMatrices matrices) {
        this.queries = queries;
        this.exports = exports;
        this.choices = choices;
        this.matrices = matrices;
    }

    @GetMapping("/risks")
    String list(@ModelAttribute("filter") RiskFilter filter, Paging paging, Viewer viewer, Locale locale, Model model) {
        model.addAttribute("page", queries.risks(filter, paging, viewer));
        model.addAttribute("summaries", queries.summaries(viewer));
        model.addAttribute("matrix", matrices.current());
        model.addAttribute("beforeRows", rows(queries.heatMap(filter.atStage(AssessmentStage.INHERENT), viewer)));
        model.addAttribute("afterRows", rows(queries.heatMap(filter.atStage(AssessmentStage.RESIDUAL), viewer)));
        model.addAttribute("statuses", RiskStatus.values());
        model.addAttribute("bands", Band.values());
        model.addAttribute("sites", choices.sites());
        model.addAttribute("areas", choices.areas());
        model.addAttribute("categories", choices.categories(locale));
        model.addAttribute("canEnter", RiskAccess.keepsRegister(viewer));
        model.addAttribute("canPublish", RiskMatrices.canPublish(viewer));
        return "risks/list";
    }

    /** The cells in rows of one likelihood each, as the heat map draws them. */
    private static List<List<Cell>> rows(List<Cell> cells) {
        var rows = new LinkedHashMap<Integer, List<Cell>>();
        cells.forEach(cell -> rows.computeIfAbsent(cell.likelihood(), level -> new ArrayList<>())
                .add(cell));
        return List.copyOf(rows.values());
    }

    @GetMapping("/risks/export.xlsx")
    ResponseEntity<StreamingResponseBody> xlsx(
            @ModelAttribute("filter") RiskFilter filter, Paging paging, Viewer viewer) {
        return exports.risks("xlsx", filter, paging, viewer);
    }

    @GetMapping("/risks/export.csv")
    ResponseEntity<StreamingResponseBody> csv(
            @ModelAttribute("filter") RiskFilter filter, Paging paging, Viewer viewer) {
        return exports.risks("csv", filter, paging, viewer);
    }
}
