package dev.tandem.risk.web;

import dev.tandem.history.HistoryEntry;
import dev.tandem.risk.ChooseTopRisks;
import dev.tandem.risk.RiskAccess;
import dev.tandem.risk.Roadmaps;
import dev.tandem.risk.Roadmaps.SiteTopRisks;
import dev.tandem.risk.TopRiskChoice;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.PreconditionRequiredException;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.OptionalPrecondition;
import dev.tandem.shared.web.Versions;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The top-5 risks of the sites with their roadmaps' milestones and figures; a site's director sets its choice. A
 * site's figures say for each chosen risk how many milestones it has, how many are verified and how many are late.
 */
@RestController
@RequestMapping("/api/v1/risks/top")
class TopRisksApi {

    private final Roadmaps roadmaps;
    private final TopRiskChoice choice;

    TopRisksApi(Roadmaps roadmaps, TopRiskChoice choice) {
        this.roadmaps = roadmaps;
        this.choice = choice;
    }

    /** Every site's top risks, by site name; at most five a site, so the list is bounded by the sites. */
    @GetMapping
    List<SiteTopRisks> all(Viewer viewer) {
        return roadmaps.sites(viewer);
    }

    @GetMapping("/{siteId}")
    ResponseEntity<SiteTopRisks> site(@PathVariable UUID siteId, Viewer viewer) {
        var site = roadmaps.site(siteId, viewer);
        return site.version() == null ? ResponseEntity.ok(site) : Versions.tagged(site.version(), site);
    }

    /** Sets the site's choice, the first ranked first; If-Match is required once the site has one. */
    @PutMapping("/{siteId}")
    ResponseEntity<SiteTopRisks> choose(
            @PathVariable UUID siteId,
            @OptionalPrecondition Precondition precondition,
            @Valid @RequestBody ChooseTopRisks chosen,
            Viewer viewer) {
        if (!RiskAccess.canChooseTopRisks(viewer, siteId)) {
            throw new AccessDeniedException("choosing the top risks of this site");
        }
        if (precondition.requiresNothing() && choice.chosen(siteId).isPresent()) {
            throw new PreconditionRequiredException();
        }
        var saved = choice.choose(siteId, precondition, chosen, viewer);
        return Versions.tagged(saved.version(), roadmaps.site(siteId, viewer));
    }

    @GetMapping("/{siteId}/history")
    List<HistoryEntry> history(@PathVariable UUID siteId, Viewer viewer) {
        roadmaps.site(siteId, viewer);
        return choice.history(siteId, viewer);
    }
}
