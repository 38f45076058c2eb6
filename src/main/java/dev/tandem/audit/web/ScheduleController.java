package dev.tandem.audit.web;

import dev.tandem.audit.Cadence;
import dev.tandem.audit.InspectionAccess;
import dev.tandem.audit.InspectionPlanning;
import dev.tandem.audit.InspectionQueries;
import dev.tandem.audit.PlanSchedule;
import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.OrganisationQueries.Option;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.util.List;
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
 * The schedules' page: the schedules the viewer reads, and a new one for those who plan them, its person found by name
 * among those a schedule may be assigned to (the people the planner reads: a contractor's supervisor their own).
 */
@Controller
class ScheduleController {

    private final InspectionPlanning planning;
    private final InspectionQueries queries;
    private final InspectionController.InspectionPageModel pages;
    private final OrganisationQueries organisations;
    private final OrganisationDirectory directory;

    ScheduleController(
            InspectionPlanning planning,
            InspectionQueries queries,
            InspectionController.InspectionPageModel pages,
            OrganisationQueries organisations,
            OrganisationDirectory directory) {
        this.planning = planning;
        this.queries = queries;
        this.pages = pages;
        this.organisations = organisations;
        this.directory = directory;
    }

    @GetMapping("/audit/schedules")
    String list(Paging paging, Viewer viewer, Model model) {
        model.addAttribute(
                "plan",
                new PlanSchedule(
                        null, null, null, null, null, Cadence.Frequency.SHIFT, "08:00, 20:00", null, null, null, null));
        return page(paging, viewer, model);
    }

    @PostMapping("/audit/schedules")
    String plan(@Valid @ModelAttribute("plan") PlanSchedule form, BindingResult errors, Viewer viewer, Model model) {
        return Forms.submit(errors, () -> page(Paging.first(20), viewer, model), () -> {
            planning.plan(form, viewer);
            return "redirect:/audit/schedules";
        });
    }

    /** The people matching a search, for the form's person picker; only for those who plan schedules. */
    @GetMapping("/audit/schedules/people")
    String people(
            @RequestParam(required = false) String q,
            @RequestParam(name = "assignedPersonId", required = false) UUID current,
            Viewer viewer,
            Model model) {
        if (!InspectionAccess.plans(viewer)) {
            throw new AccessDeniedException("planning inspections");
        }
        model.addAttribute("owners", assignees(q, current, viewer));
        model.addAttribute("current", current);
        model.addAttribute("blank", "audit.schedule.anyone");
        return "actions/owner-options";
    }

    /**
     * Without a search, the planner's own organisation's people (a page; the picker searches for more); the person
     * chosen so far stays among them only if the planner may assign them.
     */
    private List<Option> assignees(String q, UUID current, Viewer viewer) {
        var kept = current == null
                ? null
                : directory
                        .membership(current)
                        .filter(person -> viewer.canSee(person.organisationId()))
                        .map(person -> current)
                        .orElse(null);
        return organisations.personOptions(q, viewer.organisationId(), kept, viewer);
    }

    private String page(Paging paging, Viewer viewer, Model model) {
        model.addAttribute("page", queries.schedules(paging, viewer));
        model.addAttribute("canPlan", InspectionAccess.plans(viewer));
        model.addAttribute("cadences", Cadence.Frequency.values());
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute(
                "roles", new Role[] {Role.WORKER, Role.CONTRACTOR_SUPERVISOR, Role.LINE_MANAGER, Role.HSE_SPECIALIST});
        pages.startChoices(viewer, model);
        if (InspectionAccess.plans(viewer)) {
            var plan = (PlanSchedule) model.getAttribute("plan");
            model.addAttribute("people", assignees(null, plan == null ? null : plan.assignedPersonId(), viewer));
        }
        return "audit/schedules";
    }
}
