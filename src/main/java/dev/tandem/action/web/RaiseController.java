package dev.tandem.action.web;

import dev.tandem.action.ActionAccess;
import dev.tandem.action.ActionPlanning;
import dev.tandem.action.ActionPriority;
import dev.tandem.action.ActionQueries;
import dev.tandem.action.ActionSource;
import dev.tandem.action.RaiseAction;
import dev.tandem.action.SourceType;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Raising an action from a phone: {@code /actions/new?sourceType=EVENT&sourceId=…} starts from the event, with its
 * organisation as the responsible one. The form carries an id of its own, so sending it twice raises one action.
 */
@Controller
class RaiseController {

    private static final String VIEW = "actions/new";

    private final ActionPlanning planning;
    private final ActionQueries queries;
    private final ActionChoices choices;

    RaiseController(ActionPlanning planning, ActionQueries queries, ActionChoices choices) {
        this.planning = planning;
        this.queries = queries;
        this.choices = choices;
    }

    @GetMapping("/actions/new")
    String blank(
            @RequestParam(defaultValue = "OTHER") SourceType sourceType,
            @RequestParam(required = false) UUID sourceId,
            Viewer viewer,
            Model model) {
        requirePlanner(viewer);
        var source = planning.source(sourceType, sourceId, viewer);
        var organisation = source.map(ActionSource::organisationId).orElse(null);
        var site = source.map(ActionSource::siteId).orElse(viewer.siteId());
        var form = new RaiseAction(
                UUID.randomUUID(),
                "",
                "",
                sourceType,
                sourceId,
                site,
                null,
                organisation,
                queries.today().plusWeeks(1),
                ActionPriority.MEDIUM);
        model.addAttribute("form", form);
        return options(form, viewer, model);
    }

    @PostMapping("/actions")
    String raise(@Valid @ModelAttribute("form") RaiseAction form, BindingResult errors, Viewer viewer, Model model) {
        requirePlanner(viewer);
        return Forms.submit(
                errors,
                () -> {
                    options(form, viewer, model);
                    return VIEW;
                },
                () -> "redirect:/actions/"
                        + planning.raise(form, viewer).record().id());
    }

    private String options(RaiseAction form, Viewer viewer, Model model) {
        model.addAttribute(
                "source",
                planning.source(form.sourceType(), form.sourceId(), viewer).orElse(null));
        model.addAttribute("priorities", ActionPriority.values());
        model.addAttribute("sites", choices.sites());
        model.addAttribute("organisations", choices.organisations(viewer));
        model.addAttribute(
                "owners", choices.owners(null, form.responsibleOrganisationId(), form.ownerPersonId(), viewer));
        return VIEW;
    }

    private static void requirePlanner(Viewer viewer) {
        if (!ActionAccess.canPlan(viewer)) {
            throw new AccessDeniedException("planning corrective actions");
        }
    }
}
