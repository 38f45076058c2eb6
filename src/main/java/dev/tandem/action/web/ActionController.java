package dev.tandem.action.web;

import dev.tandem.action.ActionAccess;
import dev.tandem.action.ActionPlanning;
import dev.tandem.action.ActionPriority;
import dev.tandem.action.ActionProgress;
import dev.tandem.action.ActionQueries;
import dev.tandem.action.ActionStatus;
import dev.tandem.action.CorrectiveAction;
import dev.tandem.action.ReviseAction;
import dev.tandem.action.web.ActionViews.StepForm;
import dev.tandem.history.History;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import jakarta.validation.Valid;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One action's page: what it is, the steps the viewer may take on it (start, complete, verify, reopen), the planner's
 * form to change it, voiding and the history. Every step carries the version the page showed.
 */
@Controller
class ActionController {

    private static final String VIEW = "actions/detail";

    private final ActionPlanning planning;
    private final ActionProgress progress;
    private final ActionQueries queries;
    private final ActionChoices choices;
    private final History history;

    ActionController(
            ActionPlanning planning,
            ActionProgress progress,
            ActionQueries queries,
            ActionChoices choices,
            History history) {
        this.planning = planning;
        this.progress = progress;
        this.queries = queries;
        this.choices = choices;
        this.history = history;
    }

    @GetMapping("/actions/{id}")
    String show(@PathVariable UUID id, Viewer viewer, Model model) {
        return detail(id, viewer, model);
    }

    @PostMapping("/actions/{id}")
    String revise(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @ModelAttribute("form") ReviseAction form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        return Forms.submit(errors, () -> detail(id, viewer, model), () -> {
            planning.revise(id, precondition, form, viewer);
            return "redirect:/actions/" + id + "?saved";
        });
    }

    /** The steps of an action's life, each allowed to whom its service says. */
    @PostMapping("/actions/{id}/{step:start|complete|verify|reopen}")
    String step(
            @PathVariable UUID id,
            @PathVariable("step") String name,
            Precondition precondition,
            @Valid @ModelAttribute("step") StepForm step,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        Supplier<CorrectiveAction> change =
                switch (name) {
                    case "start" -> () -> progress.start(id, precondition, viewer);
                    case "complete" -> () -> progress.complete(id, precondition, step.note(), viewer);
                    case "verify" -> () -> planning.verify(id, precondition, viewer);
                    default -> () -> planning.reopen(id, precondition, step.reason(), viewer);
                };
        return Forms.submit(errors, () -> detail(id, viewer, model), () -> {
            change.get();
            return "redirect:/actions/" + id;
        });
    }

    @PostMapping("/actions/{id}/void")
    String voidAction(@PathVariable UUID id, @RequestParam String reason, Viewer viewer) {
        planning.voidAction(id, reason, viewer);
        return "redirect:/actions/" + id;
    }

    /** The owner choices matching a search, for the form's picker; only for those who plan actions. */
    @GetMapping("/actions/owners")
    String ownerOptions(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID responsibleOrganisationId,
            @RequestParam(name = "ownerPersonId", required = false) UUID current,
            Viewer viewer,
            Model model) {
        if (!ActionAccess.canPlan(viewer)) {
            throw new AccessDeniedException("planning corrective actions");
        }
        model.addAttribute("owners", choices.owners(q, responsibleOrganisationId, current, viewer));
        model.addAttribute("current", current);
        return "actions/owner-options";
    }

    /** Fills the page of one action; a form sent back with errors keeps what the person typed. */
    private String detail(UUID id, Viewer viewer, Model model) {
        var action = planning.action(id, viewer);
        var row = queries.action(id, viewer).orElseThrow(() -> new NotFoundException("CorrectiveAction", id));
        boolean plans = ActionAccess.canPlan(viewer);
        boolean open = !action.isVoided();
        boolean progresses = open && ActionAccess.canProgress(viewer, action);
        boolean done = open && action.status() == ActionStatus.DONE;
        model.addAttribute("record", action);
        model.addAttribute("row", row);
        model.addAttribute("verifier", queries.verifierName(action).orElse(null));
        model.addAttribute("history", history.of(action));
        model.addAttribute("canStart", progresses && action.status() == ActionStatus.OPEN);
        model.addAttribute("canComplete", progresses && action.status() == ActionStatus.IN_PROGRESS);
        model.addAttribute("canVerify", plans && done && !action.isOwnedBy(viewer.personId()));
        model.addAttribute("ownVerification", plans && done && action.isOwnedBy(viewer.personId()));
        model.addAttribute("canReopen", plans && done);
        model.addAttribute("canEdit", plans && open && action.status() != ActionStatus.VERIFIED);
        model.addAttribute("canVoid", plans);
        if (!model.containsAttribute("step")) {
            model.addAttribute("step", StepForm.blank());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ReviseAction.of(action));
        }
        if (plans) {
            var form = (ReviseAction) model.getAttribute("form");
            model.addAttribute("organisations", choices.organisations(viewer));
            model.addAttribute("priorities", ActionPriority.values());
            model.addAttribute(
                    "owners", choices.owners(null, form.responsibleOrganisationId(), form.ownerPersonId(), viewer));
        }
        return VIEW;
    }
}
