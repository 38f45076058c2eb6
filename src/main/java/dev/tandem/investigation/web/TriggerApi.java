package dev.tandem.investigation.web;

import dev.tandem.history.HistoryEntry;
import dev.tandem.investigation.triggers.DefineTrigger;
import dev.tandem.investigation.triggers.InvestigationTrigger;
import dev.tandem.investigation.triggers.TriggerCode;
import dev.tandem.investigation.triggers.TriggerRules;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Versions;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The triggers of investigations as data: read by the owner's managers, edited by the safety department. */
@RestController
@RequestMapping("/api/v1/investigations/triggers")
class TriggerApi {

    private final TriggerRules rules;

    TriggerApi(TriggerRules rules) {
        this.rules = rules;
    }

    record TriggerView(
            TriggerCode code,
            boolean inForce,
            boolean required,
            Integer hours,
            Integer repeats,
            Integer withinDays,
            int dueDays,
            long version) {

        static TriggerView of(InvestigationTrigger trigger) {
            return new TriggerView(
                    trigger.code(),
                    trigger.inForce(),
                    trigger.required(),
                    trigger.hours(),
                    trigger.repeats(),
                    trigger.withinDays(),
                    trigger.dueDays(),
                    trigger.version());
        }
    }

    @GetMapping
    List<TriggerView> all(Viewer viewer) {
        return rules.all(viewer).stream().map(TriggerView::of).toList();
    }

    @GetMapping("/{code}")
    ResponseEntity<TriggerView> get(@PathVariable TriggerCode code, Viewer viewer) {
        var trigger = rules.trigger(code, viewer);
        return Versions.tagged(trigger.version(), TriggerView.of(trigger));
    }

    @PutMapping("/{code}")
    ResponseEntity<TriggerView> define(
            @PathVariable TriggerCode code,
            Precondition precondition,
            @Valid @RequestBody DefineTrigger definition,
            Viewer viewer) {
        var trigger = rules.define(code, precondition, definition, viewer);
        return Versions.tagged(trigger.version(), TriggerView.of(trigger));
    }

    @GetMapping("/{code}/history")
    List<HistoryEntry> history(@PathVariable TriggerCode code, Viewer viewer) {
        return rules.history(code, viewer);
    }
}
