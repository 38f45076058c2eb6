package dev.tandem.action.web;

import dev.tandem.action.ActionAccess;
import dev.tandem.action.ActionFilter;
import dev.tandem.action.ActionPriority;
import dev.tandem.action.ActionQueries;
import dev.tandem.action.ActionStatus;
import dev.tandem.action.SourceType;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The action lists: all the viewer may read, "mine" and "my organisation", with their counts, due soon and overdue
 * marks and exports; the panel of the start page; and the actions of one source, for the source's page.
 */
@Controller
class ActionListController {

    /** As many actions of a queue as the start page shows; the lists hold the rest. */
    private static final int QUEUE_SIZE = 5;

    private final ActionQueries queries;
    private final ActionExports exports;
    private final ActionChoices choices;

    ActionListController(ActionQueries queries, ActionExports exports, ActionChoices choices) {
        this.queries = queries;
        this.exports = exports;
        this.choices = choices;
    }

    /** {@code /actions?mine} works as well as {@code ?mine=true}: a bare flag means yes. */
    @GetMapping("/actions")
    String list(
            @ModelAttribute("filter") ActionFilter filter,
            @RequestParam(name = "mine", required = false) String mine,
            Paging paging,
            Viewer viewer,
            Model model) {
        var chosen = "".equals(mine) ? filter.withMine() : filter;
        model.addAttribute("filter", chosen);
        model.addAttribute("page", queries.actions(chosen, paging, viewer));
        model.addAttribute("counts", queries.counts(chosen, viewer));
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("priorities", ActionPriority.values());
        model.addAttribute("sourceTypes", SourceType.values());
        model.addAttribute("sites", choices.sites());
        model.addAttribute("organisations", choices.organisations(viewer));
        model.addAttribute("canRaise", ActionAccess.canPlan(viewer));
        return "actions/list";
    }

    @GetMapping("/actions/export.xlsx")
    ResponseEntity<StreamingResponseBody> xlsx(
            @ModelAttribute("filter") ActionFilter filter, Paging paging, Viewer viewer) {
        return exports.actions("xlsx", filter, paging, viewer);
    }

    @GetMapping("/actions/export.csv")
    ResponseEntity<StreamingResponseBody> csv(
            @ModelAttribute("filter") ActionFilter filter, Paging paging, Viewer viewer) {
        return exports.actions("csv", filter, paging, viewer);
    }

    /** For the start page to load with htmx: the viewer's open, due soon and overdue actions. */
    @GetMapping("/actions/panel")
    String panel(Viewer viewer, Model model) {
        model.addAttribute("mine", queries.mine(viewer));
        model.addAttribute("toDo", queries.toDo(viewer, QUEUE_SIZE));
        if (ActionAccess.canPlan(viewer)) {
            model.addAttribute("toVerify", queries.toVerify(viewer, QUEUE_SIZE));
        }
        if (viewer.has(Role.CONTRACTOR_SUPERVISOR) && viewer.organisationId() != null) {
            model.addAttribute("organisation", queries.counts(ActionFilter.ofViewersOrganisation(), viewer));
        }
        return "actions/panel";
    }

    /** The actions raised from one record, for that record's page to load with htmx. */
    @GetMapping("/actions/by-source/{sourceId}")
    String bySource(
            @PathVariable UUID sourceId,
            @RequestParam(defaultValue = "EVENT") SourceType sourceType,
            Viewer viewer,
            Model model) {
        var filter = ActionFilter.ofSource(sourceId);
        model.addAttribute("actions", queries.actions(filter, Paging.first(Paging.MAX_SIZE), viewer));
        model.addAttribute("sourceId", sourceId);
        model.addAttribute("sourceType", sourceType);
        model.addAttribute("canRaise", ActionAccess.canPlan(viewer));
        return "actions/by-source";
    }
}
