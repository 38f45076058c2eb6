package dev.tandem.contractor.web;

import dev.tandem.contractor.engagement.EngagementAccess;
import dev.tandem.contractor.engagement.EngagementDesk;
import dev.tandem.contractor.engagement.PlanEngagement;
import dev.tandem.contractor.prequalification.ContractorRegister;
import dev.tandem.contractor.prequalification.PlantDay;
import dev.tandem.history.History;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The engagements' pages: a new engagement of a contractor, and an engagement with its risk review, its signatures
 * and the steps of its work, each a form that comes back with its error beside it.
 */
@Controller
class EngagementController {

    private final EngagementDesk desk;
    private final ContractorRegister contractors;
    private final EngagementChoices choices;
    private final PlantDay day;
    private final History history;

    EngagementController(
            EngagementDesk desk,
            ContractorRegister contractors,
            EngagementChoices choices,
            PlantDay day,
            History history) {
        this.desk = desk;
        this.contractors = contractors;
        this.choices = choices;
        this.day = day;
        this.history = history;
    }

    @GetMapping("/contractors/{id}/engagements/new")
    String blank(@PathVariable UUID id, Viewer viewer, Model model) {
        var today = day.today();
        model.addAttribute(
                "form",
                new PlanEngagement(UUID.randomUUID(), id, null, List.of(), today, today.plusMonths(1), "", 1, null));
        return planning(id, viewer, model);
    }

    @PostMapping("/contractors/{id}/engagements")
    String plan(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") PlanEngagement form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        return Forms.submit(
                errors,
                () -> planning(id, viewer, model),
                () -> "redirect:/engagements/"
                        + desk.plan(form, viewer).record().id());
    }

    @GetMapping("/engagements/{id}")
    String show(@PathVariable UUID id, Viewer viewer, Model model) {
        var engagement = desk.engagement(id, viewer);
        model.addAttribute("engagement", engagement);
        model.addAttribute("contractor", contractors.contractor(engagement.organisationId(), viewer));
        model.addAttribute("risks", choices.risksOf(engagement.riskIds(), viewer));
        model.addAttribute("places", choices.places());
        model.addAttribute("mentors", choices.mentors());
        var canPlan = EngagementAccess.canPlan(viewer);
        model.addAttribute("canPlan", canPlan);
        model.addAttribute("riskChoices", canPlan ? choices.risksOnSite(engagement.siteId(), viewer) : List.of());
        model.addAttribute(
                "canSign",
                EngagementAccess.isMentor(viewer, engagement)
                        || EngagementAccess.signsForContractor(viewer, engagement));
        model.addAttribute("canStart", EngagementAccess.canStart(viewer, engagement));
        model.addAttribute("history", history.of(engagement));
        return "contractor/engagement";
    }

    /** A step on the engagement (add or remove a risk, sign, start, close); a refusal comes back beside its buttons. */
    @PostMapping("/engagements/{id}/{step:risks|unrisk|sign|start|close}")
    String step(
            @PathVariable UUID id,
            @PathVariable String step,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) UUID riskId,
            Viewer viewer,
            RedirectAttributes flash) {
        var precondition = Precondition.version(version);
        Forms.stepTaken(flash, "refused", () -> {
            switch (step) {
                case "risks" -> desk.addRisk(id, precondition, riskId, viewer);
                case "unrisk" -> desk.removeRisk(id, precondition, riskId, viewer);
                case "sign" -> desk.sign(id, precondition, viewer);
                case "start" -> desk.start(id, precondition, viewer);
                default -> desk.close(id, precondition, viewer);
            }
        });
        return "redirect:/engagements/" + id;
    }

    private String planning(UUID contractorId, Viewer viewer, Model model) {
        EngagementAccess.requirePlan(viewer);
        model.addAttribute("contractor", contractors.contractor(contractorId, viewer));
        model.addAttribute("places", choices.places());
        model.addAttribute("mentors", choices.mentors());
        return "contractor/engagement-new";
    }
}
