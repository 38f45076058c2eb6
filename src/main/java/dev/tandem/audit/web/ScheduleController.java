package dev.tandem.audit.web;

import dev.tandem.audit.Cadence;
import dev.tandem.audit.InspectionAccess;
import dev.tandem.audit.InspectionPlanning;
import dev.tandem.audit.InspectionQueries;
import dev.tandem.audit.PlanSchedule;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import jakarta.validation.Valid;
import java.time.DayOfWeek;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The schedules' page: the schedules the viewer reads, and a new one for those who plan them. */
@Controller
class ScheduleController {

    private final InspectionPlanning planning;
    private final InspectionQueries queries;
    private final InspectionController.InspectionPageModel pages;

    ScheduleController(
            InspectionPlanning planning, InspectionQueries queries, InspectionController.InspectionPageModel pages) {
        this.planning = planning;
        this.queries = queries;
        this.pages = pages;
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

    private String page(Paging paging, Viewer viewer, Model model) {
        model.addAttribute("page", queries.schedules(paging, viewer));
        model.addAttribute("canPlan", InspectionAccess.plans(viewer));
        model.addAttribute("cadences", Cadence.Frequency.values());
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute(
                "roles", new Role[] {Role.WORKER, Role.CONTRACTOR_SUPERVISOR, Role.LINE_MANAGER, Role.HSE_SPECIALIST});
        pages.startChoices(viewer, model);
        model.addAttribute("people", pages.assignees(viewer));
        return "audit/schedules";
    }
}
