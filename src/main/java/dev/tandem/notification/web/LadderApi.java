package dev.tandem.notification.web;

import dev.tandem.notification.ChangeLadder;
import dev.tandem.notification.EscalationLadder;
import dev.tandem.notification.EscalationStep;
import dev.tandem.notification.Ladders;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.PreconditionRequiredException;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.OptionalPrecondition;
import dev.tandem.shared.web.Versions;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The escalation ladders, for the safety department and administrators: a kind's ladder is made by its first PUT and
 * changed with If-Match after that.
 */
@RestController
@RequestMapping("/api/v1/notifications/ladders")
class LadderApi {

    private final Ladders ladders;

    LadderApi(Ladders ladders) {
        this.ladders = ladders;
    }

    /**
     * A kind's ladder: its steps by their delay, and the minutes between repeats of the last step (null: once).
     *
     * @param version the version to send back in {@code If-Match}, also the ladder's ETag
     */
    record LadderView(String kind, List<EscalationStep> steps, Integer repeatEveryMinutes, Long version) {

        static LadderView of(EscalationLadder ladder) {
            return new LadderView(ladder.kind(), ladder.steps(), ladder.repeatEveryMinutes(), ladder.version());
        }
    }

    @GetMapping
    List<LadderView> list(Viewer viewer) {
        return ladders.all(viewer).stream().map(LadderView::of).toList();
    }

    @GetMapping("/{kind}")
    ResponseEntity<LadderView> get(@PathVariable String kind, Viewer viewer) {
        var ladder = ladders.ladder(kind, viewer).orElseThrow(() -> new NotFoundException("Escalation ladder", kind));
        return Versions.tagged(ladder.version(), LadderView.of(ladder));
    }

    /** Sets a kind's ladder; If-Match is required once the kind has one. */
    @PutMapping("/{kind}")
    ResponseEntity<LadderView> change(
            @PathVariable String kind,
            @OptionalPrecondition Precondition precondition,
            @RequestBody ChangeLadder change,
            Viewer viewer) {
        if (precondition.requiresNothing() && ladders.ladder(kind, viewer).isPresent()) {
            throw new PreconditionRequiredException();
        }
        var ladder = ladders.change(kind, change, precondition, viewer);
        return Versions.tagged(ladder.version(), LadderView.of(ladder));
    }
}
