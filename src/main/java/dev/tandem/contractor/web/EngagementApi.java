package dev.tandem.contractor.web;

import dev.tandem.contractor.engagement.Engagement;
import dev.tandem.contractor.engagement.EngagementDesk;
import dev.tandem.contractor.engagement.EngagementStatus;
import dev.tandem.contractor.engagement.PlanEngagement;
import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.history.Voiding;
import dev.tandem.risk.IdentifyRisk;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.IdempotentCreates;
import dev.tandem.shared.web.Versions;
import dev.tandem.shared.web.VoidRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Engagements (scopes of work): planned by the owner's safety department and line managers with a mentor, their risk
 * review made from the register and signed by both sides, started and closed; read by whoever reads the contractor.
 */
@RestController
@RequestMapping("/api/v1/engagements")
class EngagementApi {

    private final EngagementDesk desk;
    private final History history;

    EngagementApi(EngagementDesk desk, History history) {
        this.desk = desk;
        this.history = history;
    }

    record EngagementView(
            UUID id,
            UUID organisationId,
            UUID siteId,
            List<UUID> areaIds,
            LocalDate startsOn,
            LocalDate endsOn,
            String description,
            int plannedHeadcount,
            UUID mentorPersonId,
            EngagementStatus status,
            List<UUID> riskIds,
            boolean reviewSigned,
            Instant mentorSignedAt,
            Instant contractorSignedAt,
            LocalDate activatedOn,
            Voiding voided) {

        static EngagementView of(Engagement engagement) {
            return new EngagementView(
                    engagement.id(),
                    engagement.organisationId(),
                    engagement.siteId(),
                    engagement.areaIds(),
                    engagement.startsOn(),
                    engagement.endsOn(),
                    engagement.description(),
                    engagement.plannedHeadcount(),
                    engagement.mentorPersonId(),
                    engagement.status(),
                    engagement.riskIds(),
                    engagement.reviewSigned(),
                    engagement.mentorSignedAt(),
                    engagement.contractorSignedAt(),
                    engagement.activatedOn(),
                    engagement.voided().orElse(null));
        }
    }

    record RiskPick(@NotNull UUID riskId) {}

    /** A contractor's engagements, latest first (a contractor has a handful a year). */
    @GetMapping(params = "organisationId")
    List<EngagementView> of(@org.springframework.web.bind.annotation.RequestParam UUID organisationId, Viewer viewer) {
        return desk.engagementsOf(organisationId, viewer).stream()
                .map(EngagementView::of)
                .toList();
    }

    /**
     * Plans an engagement; refused on its field, with nothing written, for a contractor that takes no new work (its
     * status, or a required document blocking), an area outside the site, no mentor, a mentor who owns none of the
     * areas or holds no valid mentor's qualification. Sending the same id again returns the stored engagement.
     */
    @PostMapping
    ResponseEntity<EngagementView> plan(@Valid @RequestBody PlanEngagement plan, Viewer viewer) {
        var created = desk.plan(plan, viewer);
        var engagement = created.record();
        return IdempotentCreates.answer(created.isNew(), URI.create("/api/v1/engagements/" + engagement.id()))
                .eTag("\"" + engagement.version() + "\"")
                .body(EngagementView.of(engagement));
    }

    @GetMapping("/{id}")
    ResponseEntity<EngagementView> get(@PathVariable UUID id, Viewer viewer) {
        return tagged(desk.engagement(id, viewer));
    }

    /** Adds a risk of the register, in one of the engagement's areas, to its review: both signatures are taken back. */
    @PostMapping("/{id}/risks")
    ResponseEntity<EngagementView> addRisk(
            @PathVariable UUID id, Precondition precondition, @Valid @RequestBody RiskPick pick, Viewer viewer) {
        return tagged(desk.addRisk(id, precondition, pick.riskId(), viewer));
    }

    /** Enters a new risk in the register (as {@code POST /api/v1/risks} does) and adds it to the review. */
    @PostMapping("/{id}/risks/new")
    ResponseEntity<EngagementView> addNewRisk(
            @PathVariable UUID id, Precondition precondition, @Valid @RequestBody IdentifyRisk risk, Viewer viewer) {
        return tagged(desk.addNewRisk(id, precondition, risk, viewer));
    }

    @DeleteMapping("/{id}/risks/{riskId}")
    ResponseEntity<EngagementView> removeRisk(
            @PathVariable UUID id, @PathVariable UUID riskId, Precondition precondition, Viewer viewer) {
        return tagged(desk.removeRisk(id, precondition, riskId, viewer));
    }

    /** Signs the risk review: as its mentor for the plant, as the contractor's supervisor for the contractor. */
    @PostMapping("/{id}/sign")
    ResponseEntity<EngagementView> sign(@PathVariable UUID id, Precondition precondition, Viewer viewer) {
        return tagged(desk.sign(id, precondition, viewer));
    }

    /** Starts the work: refused without both signatures, or while a required document blocks the contractor. */
    @PostMapping("/{id}/start")
    ResponseEntity<EngagementView> start(@PathVariable UUID id, Precondition precondition, Viewer viewer) {
        return tagged(desk.start(id, precondition, viewer));
    }

    @PostMapping("/{id}/close")
    ResponseEntity<EngagementView> close(@PathVariable UUID id, Precondition precondition, Viewer viewer) {
        return tagged(desk.close(id, precondition, viewer));
    }

    @PostMapping("/{id}/void")
    ResponseEntity<EngagementView> voidEngagement(
            @PathVariable UUID id, @Valid @RequestBody VoidRequest request, Viewer viewer) {
        return tagged(desk.voidEngagement(id, request.reason(), viewer));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id, Viewer viewer) {
        return history.of(desk.engagement(id, viewer));
    }

    private static ResponseEntity<EngagementView> tagged(Engagement engagement) {
        return Versions.tagged(engagement.version(), EngagementView.of(engagement));
    }
}
