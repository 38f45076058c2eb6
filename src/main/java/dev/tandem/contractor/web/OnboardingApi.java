package dev.tandem.contractor.web;

import dev.tandem.contractor.onboarding.DefineStep;
import dev.tandem.contractor.onboarding.Onboarding;
import dev.tandem.contractor.onboarding.OnboardingDesk;
import dev.tandem.contractor.onboarding.OnboardingFigures;
import dev.tandem.contractor.onboarding.OnboardingFigures.Integration;
import dev.tandem.contractor.onboarding.OnboardingFigures.Progress;
import dev.tandem.contractor.onboarding.OnboardingStep;
import dev.tandem.contractor.onboarding.ProgrammeStep;
import dev.tandem.contractor.onboarding.StepKind;
import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.IdempotentCreates;
import dev.tandem.shared.web.Versions;
import dev.tandem.shared.web.VoidRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 30-day onboarding: the programme's steps (kept by the safety department, read by whoever reads contractors),
 * each contractor's onboarding with its steps ticked by hand or by other modules' records, every contractor's
 * progress and the share integrated within 30 days with the onboardings it counted.
 */
@RestController
@RequestMapping("/api/v1/contractors")
class OnboardingApi {

    private final OnboardingDesk desk;
    private final OnboardingFigures figures;
    private final History history;

    OnboardingApi(OnboardingDesk desk, OnboardingFigures figures, History history) {
        this.desk = desk;
        this.figures = figures;
        this.history = history;
    }

    /** @param recorded whether another module's record ticks it, and no one by hand */
    record StepView(UUID id, StepKind kind, String title, int dueDay, boolean recorded, Long version) {

        static StepView of(ProgrammeStep step) {
            return new StepView(
                    step.id(),
                    step.kind(),
                    step.title(),
                    step.dueDay(),
                    step.kind().recorded(),
                    step.version());
        }
    }

    record OnboardingView(
            UUID id,
            UUID organisationId,
            UUID engagementId,
            LocalDate startedOn,
            LocalDate dueOn,
            LocalDate completedOn,
            boolean integratedInTime,
            List<OnboardingStep> steps) {

        static OnboardingView of(Onboarding onboarding) {
            return new OnboardingView(
                    onboarding.id(),
                    onboarding.organisationId(),
                    onboarding.engagementId(),
                    onboarding.startedOn(),
                    onboarding.dueOn(),
                    onboarding.completedOn(),
                    onboarding.integratedInTime(),
                    onboarding.steps());
        }
    }

    @GetMapping("/onboarding/steps")
    List<StepView> programme(Viewer viewer) {
        return desk.programme(viewer).stream().map(StepView::of).toList();
    }

    /** Adds a step; onboardings that start from now on have it. Sending the same id again returns the stored step. */
    @PostMapping("/onboarding/steps")
    ResponseEntity<StepView> defineStep(@Valid @RequestBody DefineStep step, Viewer viewer) {
        var created = desk.defineStep(step, viewer);
        var made = created.record();
        return IdempotentCreates.answer(
                        created.isNew(), URI.create("/api/v1/contractors/onboarding/steps/" + made.id()))
                .eTag("\"" + made.version() + "\"")
                .body(StepView.of(made));
    }

    @GetMapping("/onboarding/steps/{id}")
    ResponseEntity<StepView> step(@PathVariable UUID id, Viewer viewer) {
        var step = desk.step(id, viewer);
        return Versions.tagged(step.version(), StepView.of(step));
    }

    @PutMapping("/onboarding/steps/{id}")
    ResponseEntity<StepView> reviseStep(
            @PathVariable UUID id, Precondition precondition, @Valid @RequestBody DefineStep step, Viewer viewer) {
        var revised = desk.reviseStep(id, precondition, step, viewer);
        return Versions.tagged(revised.version(), StepView.of(revised));
    }

    @PostMapping("/onboarding/steps/{id}/void")
    ResponseEntity<StepView> retireStep(@PathVariable UUID id, @Valid @RequestBody VoidRequest request, Viewer viewer) {
        var retired = desk.retireStep(id, request.reason(), viewer);
        return Versions.tagged(retired.version(), StepView.of(retired));
    }

    @GetMapping("/onboarding/steps/{id}/history")
    List<HistoryEntry> stepHistory(@PathVariable UUID id, Viewer viewer) {
        return history.of(desk.step(id, viewer));
    }

    /** Every onboarding the viewer reads (a contractor's supervisor: their own), latest started first. */
    @GetMapping("/onboarding")
    List<Progress> progress(Viewer viewer) {
        return figures.progress(viewer);
    }

    /** The share of new contractors integrated within 30 days over the last 12 months, and what it counted. */
    @GetMapping("/onboarding/integration")
    Integration integration(Viewer viewer) {
        return figures.integration(viewer);
    }

    @GetMapping("/{id}/onboarding")
    ResponseEntity<OnboardingView> onboarding(@PathVariable UUID id, Viewer viewer) {
        return tagged(started(id, viewer));
    }

    /** Ticks a step by hand (its mentor or the safety department); a step another module records is refused. */
    @PostMapping("/{id}/onboarding/steps/{stepId}/tick")
    ResponseEntity<OnboardingView> tick(
            @PathVariable UUID id, @PathVariable UUID stepId, Precondition precondition, Viewer viewer) {
        return tagged(desk.tick(id, stepId, precondition, viewer));
    }

    @GetMapping("/{id}/onboarding/history")
    List<HistoryEntry> history(@PathVariable UUID id, Viewer viewer) {
        return history.of(started(id, viewer));
    }

    private Onboarding started(UUID organisationId, Viewer viewer) {
        return desk.onboardingOf(organisationId, viewer)
                .orElseThrow(() -> new NotFoundException("Onboarding", organisationId));
    }

    private static ResponseEntity<OnboardingView> tagged(Onboarding onboarding) {
        return Versions.tagged(onboarding.version(), OnboardingView.of(onboarding));
    }
}
