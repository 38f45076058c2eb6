package dev.tandem.signal.web;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Viewer;
import dev.tandem.signal.ingest.SensitivityReview;
import dev.tandem.signal.ingest.SensitivityReview.Decision;
import dev.tandem.signal.ingest.Shelves;
import dev.tandem.signal.ingest.SignalControl;
import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Alarm management on the signals page: the shelves in force and lately ended, each equipment's false alarms with the
 * sensitivity proposed from them, and the forms that shelve, end a shelf and decide a proposal.
 */
@Controller
class AlarmController {

    private final Shelves shelves;
    private final SensitivityReview review;
    private final SignalControl control;

    AlarmController(Shelves shelves, SensitivityReview review, SignalControl control) {
        this.shelves = shelves;
        this.review = review;
        this.control = control;
    }

    /** Loaded into the signals page with htmx. */
    @GetMapping("/signals/alarms")
    String alarms(Viewer viewer, Model model) {
        model.addAttribute("shelves", shelves.recent(viewer));
        model.addAttribute("rates", review.rates(viewer));
        model.addAttribute("canShelve", shelves.canShelve(viewer));
        model.addAttribute("canDecide", review.canDecide(viewer));
        model.addAttribute("streams", control.overview(viewer).streams());
        return "signals/alarms :: alarms";
    }

    /** @param hours how long from now the shelf lasts */
    @PostMapping("/signals/shelves")
    String shelve(
            @RequestParam(required = false) UUID equipmentId,
            @RequestParam(required = false) Double hours,
            @RequestParam(required = false) String reason,
            Viewer viewer) {
        if (equipmentId == null) {
            throw new InvalidRequestException("equipmentId", "signal.shelf.equipmentRequired");
        }
        if (hours == null || !(hours > 0) || hours > Duration.ofDays(7).toHours()) {
            throw new InvalidRequestException(
                    "hours", "signal.shelf.hours", Duration.ofDays(7).toHours());
        }
        shelves.shelveFor(equipmentId, Duration.ofSeconds(Math.round(hours * 3600)), reason, viewer);
        return "redirect:/signals?shelved";
    }

    @PostMapping("/signals/shelves/{shelfId}/end")
    String end(@PathVariable UUID shelfId, Viewer viewer) {
        shelves.end(shelfId, viewer);
        return "redirect:/signals";
    }

    @PostMapping("/signals/equipment/{equipmentId}/sensitivity")
    String decide(
            @PathVariable UUID equipmentId,
            @RequestParam(required = false) Decision decision,
            @RequestParam(required = false) Double sensitivity,
            @RequestParam(required = false) String note,
            Viewer viewer) {
        review.decide(equipmentId, decision, sensitivity, note, viewer);
        return "redirect:/signals?decided";
    }
}
