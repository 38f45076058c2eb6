package dev.tandem.event.web;

import dev.tandem.event.EventQueries;
import dev.tandem.event.EventQueries.EventFilter;
import dev.tandem.event.EventStatus;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page's work queues of safety events, each a bounded slice of the register's own list (same scope, same
 * SQL) with a link to the whole of it: what waits for the safety department's review, oldest first, and a person's
 * own reports with what became of them.
 */
@Controller
class EventQueues {

    /** As many as a start page shows; the link to the list leads to the rest. */
    static final int SHOWN = 8;

    private final EventQueries queries;

    EventQueues(EventQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/events/queue/review")
    String awaitingReview(Viewer viewer, Model model) {
        viewer.requireOwnerRole(Role.HSE_SPECIALIST, Role.LINE_MANAGER);
        var reported = EventFilter.inStatus(EventStatus.REPORTED);
        model.addAttribute("page", queries.events(reported, new Paging(0, SHOWN, "reported"), viewer));
        return "events/queues :: review";
    }

    @GetMapping("/events/queue/mine")
    String myReports(Viewer viewer, Model model) {
        var mine = EventFilter.reportedByViewer();
        model.addAttribute("page", queries.events(mine, new Paging(0, SHOWN, "reported,desc"), viewer));
        return "events/queues :: mine";
    }
}
