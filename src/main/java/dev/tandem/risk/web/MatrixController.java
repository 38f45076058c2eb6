package dev.tandem.risk.web;

import dev.tandem.risk.Band;
import dev.tandem.risk.matrix.RiskMatrices;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Viewer;
import jakarta.validation.Validator;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The risk matrix: everyone sees the current version and who published each; administrators and the safety department
 * change the labels and cell bands of a copy and publish it as the next version. Assessments keep their version.
 */
@Controller
class MatrixController {

    private final RiskMatrices matrices;
    private final Validator validator;

    MatrixController(RiskMatrices matrices, Validator validator) {
        this.matrices = matrices;
        this.validator = validator;
    }

    @GetMapping("/risks/matrix")
    String show(Viewer viewer, Model model) {
        var current = matrices.current();
        model.addAttribute("matrix", current);
        model.addAttribute("versions", matrices.versions());
        model.addAttribute("bands", Band.values());
        model.addAttribute("canPublish", RiskMatrices.canPublish(viewer));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", MatrixForm.copyOf(current));
        }
        return "risks/matrix";
    }

    @PostMapping("/risks/matrix")
    String publish(@ModelAttribute("form") MatrixForm form, Viewer viewer, Model model) {
        if (!RiskMatrices.canPublish(viewer)) {
            throw new AccessDeniedException("publishing the risk matrix");
        }
        var command = form.command();
        try {
            if (!validator.validate(command).isEmpty()) {
                throw new InvalidRequestException("bands", "rule.matrixLabels");
            }
            matrices.publish(command, viewer);
        } catch (InvalidRequestException refused) {
            model.addAttribute("refused", refused.messageCode());
            return show(viewer, model);
        }
        return "redirect:/risks/matrix?published";
    }
}
