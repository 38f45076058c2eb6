package dev.tandem.training.web;

import dev.tandem.shared.Viewer;
import dev.tandem.training.listing.TrainingFigures;
import dev.tandem.training.listing.TrainingFigures.Figures;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The training figures: a panel the dashboard loads for its site and organisation, and the same as JSON. An
 * organisation's figures are read only by those who may see the organisation (a contractor its own, as on the
 * dashboard).
 */
@Controller
class FiguresController {

    private final TrainingFigures figures;

    FiguresController(TrainingFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/training/figures")
    String panel(
            @RequestParam(required = false) UUID site,
            @RequestParam(required = false) UUID organisation,
            Viewer viewer,
            Model model) {
        model.addAttribute("figures", figures(site, organisation, viewer));
        return "training/figures :: panel";
    }

    /** Share of people fully trained, own staff and contractors apart, and competences expiring within 30 days. */
    @GetMapping("/api/v1/training/figures")
    @ResponseBody
    Figures api(
            @RequestParam(required = false) UUID siteId,
            @RequestParam(required = false) UUID organisationId,
            Viewer viewer) {
        return figures(siteId, organisationId, viewer);
    }

    private Figures figures(UUID site, UUID organisation, Viewer viewer) {
        if (organisation != null) {
            viewer.requireVisible(organisation, "Organisation", organisation);
        }
        return figures.figures(site, organisation);
    }
}
