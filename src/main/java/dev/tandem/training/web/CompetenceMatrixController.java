package dev.tandem.training.web;

import dev.tandem.organisation.FilterChoices;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import dev.tandem.training.access.TrainingAccess;
import dev.tandem.training.listing.MatrixFilter;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The competence matrix page (people × required competences, filtered, paged, exported) for those who read others'
 * training; everyone else is sent to their own training ({@link TrainingPersonController}).
 */
@Controller
class CompetenceMatrixController {

    private final MatrixPage.Reader matrix;
    private final MatrixExports exports;
    private final FilterChoices choices;

    CompetenceMatrixController(MatrixPage.Reader matrix, MatrixExports exports, FilterChoices choices) {
        this.matrix = matrix;
        this.exports = exports;
        this.choices = choices;
    }

    @GetMapping("/training")
    String matrix(
            @ModelAttribute("filter") MatrixFilter filter, Paging paging, Viewer viewer, Locale locale, Model model) {
        if (!TrainingAccess.readsOthers(viewer)) {
            return "redirect:/training/me";
        }
        model.addAttribute("matrix", matrix.page(filter, paging, viewer, locale));
        var choices = this.choices.of(viewer);
        model.addAttribute("organisations", choices.organisations());
        model.addAttribute("sites", choices.sites());
        model.addAttribute("places", choices.places());
        model.addAttribute("canKeep", TrainingAccess.approves(viewer));
        return "training/matrix";
    }

    @GetMapping("/training/export.xlsx")
    ResponseEntity<StreamingResponseBody> xlsx(
            @ModelAttribute("filter") MatrixFilter filter, Paging paging, Viewer viewer) {
        return exports.matrix("xlsx", filter, paging, viewer);
    }

    @GetMapping("/training/export.csv")
    ResponseEntity<StreamingResponseBody> csv(
            @ModelAttribute("filter") MatrixFilter filter, Paging paging, Viewer viewer) {
        return exports.matrix("csv", filter, paging, viewer);
    }
}
