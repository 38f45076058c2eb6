package dev.tandem.action.web;

import dev.tandem.action.ActionFilter;
import dev.tandem.action.ActionPlanning;
import dev.tandem.action.ActionProgress;
import dev.tandem.action.ActionQueries;
import dev.tandem.action.ActionQueries.ActionCounts;
import dev.tandem.action.ActionQueries.ActionRow;
import dev.tandem.action.CorrectiveAction;
import dev.tandem.action.RaiseAction;
import dev.tandem.action.ReviseAction;
import dev.tandem.action.web.ActionViews.ActionView;
import dev.tandem.action.web.ActionViews.CompleteRequest;
import dev.tandem.action.web.ActionViews.ReopenRequest;
import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.IdempotentCreates;
import dev.tandem.shared.web.ListApiController;
import dev.tandem.shared.web.Versions;
import dev.tandem.shared.web.VoidRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/actions")
class ActionApi extends ListApiController<ActionFilter, ActionRow> {

    private final ActionPlanning planning;
    private final ActionProgress progress;
    private final ActionQueries queries;
    private final History history;

    ActionApi(
            ActionPlanning planning,
            ActionProgress progress,
            ActionQueries queries,
            ActionExports exports,
            History history) {
        super(queries::actions, exports::actions);
        this.planning = planning;
        this.progress = progress;
        this.queries = queries;
        this.history = history;
    }

    /** Counts by status, due soon and overdue, of the actions the filter selects. */
    @GetMapping("/counts")
    ActionCounts counts(ActionFilter filter, Viewer viewer) {
        return queries.counts(filter, viewer);
    }

    /** The status of violation elimination: the actions raised from violations. */
    @GetMapping("/violation-elimination")
    ActionCounts violationElimination(
            @RequestParam(required = false) UUID siteId,
            @RequestParam(required = false) UUID organisationId,
            Viewer viewer) {
        return queries.violationElimination(siteId, organisationId, viewer);
    }

    /** Raises an action; sending the same id again returns the stored action and writes nothing. */
    @PostMapping
    ResponseEntity<ActionView> raise(@Valid @RequestBody RaiseAction raise, Viewer viewer) {
        var created = planning.raise(raise, viewer);
        var action = created.record();
        return IdempotentCreates.answer(created.isNew(), URI.create("/api/v1/actions/" + action.id()))
                .eTag("\"" + action.version() + "\"")
                .body(view(action));
    }

    @GetMapping("/{id}")
    ResponseEntity<ActionView> get(@PathVariable UUID id, Viewer viewer) {
        return tagged(planning.action(id, viewer));
    }

    @PutMapping("/{id}")
    ResponseEntity<ActionView> revise(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody ReviseAction revision,
            Viewer viewer) {
        return tagged(planning.revise(id, precondition, revision, viewer));
    }

    @PostMapping("/{id}/start")
    ResponseEntity<ActionView> start(@PathVariable UUID id, Precondition precondition, Viewer viewer) {
        return tagged(progress.start(id, precondition, viewer));
    }

    @PostMapping("/{id}/complete")
    ResponseEntity<ActionView> complete(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody CompleteRequest request,
            Viewer viewer) {
        return tagged(progress.complete(id, precondition, request.note(), viewer));
    }

    @PostMapping("/{id}/verify")
    ResponseEntity<ActionView> verify(@PathVariable UUID id, Precondition precondition, Viewer viewer) {
        return tagged(planning.verify(id, precondition, viewer));
    }

    @PostMapping("/{id}/reopen")
    ResponseEntity<ActionView> reopen(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody ReopenRequest request,
            Viewer viewer) {
        return tagged(planning.reopen(id, precondition, request.reason(), viewer));
    }

    @PostMapping("/{id}/void")
    ResponseEntity<ActionView> voidAction(
            @PathVariable UUID id, @Valid @RequestBody VoidRequest request, Viewer viewer) {
        return tagged(planning.voidAction(id, request.reason(), viewer));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id, Viewer viewer) {
        return history.of(planning.action(id, viewer));
    }

    private ResponseEntity<ActionView> tagged(CorrectiveAction action) {
        return Versions.tagged(action.version(), view(action));
    }

    private ActionView view(CorrectiveAction action) {
        return ActionView.of(action, queries.timeliness(action));
    }
}
