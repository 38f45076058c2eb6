package dev.tandem.investigation.web;

import dev.tandem.investigation.AddChartCause;
import dev.tandem.investigation.AddFishboneCause;
import dev.tandem.investigation.AddRootCause;
import dev.tandem.investigation.AddWhyChain;
import dev.tandem.investigation.Investigation;
import dev.tandem.investigation.InvestigationClosing;
import dev.tandem.investigation.InvestigationDesk;
import dev.tandem.investigation.InvestigationMethods;
import dev.tandem.investigation.analysis.InvestigationDiagrams;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An investigation's methods over the API, each step with the version read as {@code If-Match}: chains of 5 Whys, the
 * fishbone's categories and causes, the cause chart's causes, arrows and evidence, and the root causes; and its
 * diagrams as SVG.
 */
@RestController
@RequestMapping("/api/v1/investigations/{id}")
class MethodApi {

    private final InvestigationMethods methods;
    private final InvestigationDesk desk;
    private final InvestigationDiagrams diagrams;
    private final InvestigationClosing closing;

    MethodApi(
            InvestigationMethods methods,
            InvestigationDesk desk,
            InvestigationDiagrams diagrams,
            InvestigationClosing closing) {
        this.methods = methods;
        this.desk = desk;
        this.diagrams = diagrams;
        this.closing = closing;
    }

    record CloseRequest(@Size(max = 4000) String reason) {}

    /**
     * Closes it once its actions are verified; with some not verified (or none), a director closes it with the reason
     * the rest is accepted.
     */
    @PostMapping("/close")
    ResponseEntity<InvestigationView> close(
            @PathVariable UUID id, Precondition precondition, @Valid @RequestBody CloseRequest request, Viewer viewer) {
        return view(closing.close(id, precondition, request.reason(), viewer));
    }

    record CategoriesRequest(@NotEmpty @Size(max = 12) List<@NotNull @Size(max = 60) String> categories) {}

    record LinkRequest(@NotNull UUID causeId, @NotNull UUID effectId) {}

    record EvidenceRequest(@Size(max = 2000) String evidence) {}

    @PostMapping("/whys")
    ResponseEntity<InvestigationView> addWhyChain(
            @PathVariable UUID id, Precondition precondition, @Valid @RequestBody AddWhyChain chain, Viewer viewer) {
        return view(methods.addWhyChain(id, precondition, chain, viewer));
    }

    @PutMapping("/fishbone/categories")
    ResponseEntity<InvestigationView> nameCategories(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody CategoriesRequest request,
            Viewer viewer) {
        return view(methods.nameCategories(id, precondition, request.categories(), viewer));
    }

    @PostMapping("/fishbone/causes")
    ResponseEntity<InvestigationView> addFishboneCause(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody AddFishboneCause cause,
            Viewer viewer) {
        return view(methods.addFishboneCause(id, precondition, cause, viewer));
    }

    @PostMapping("/chart/causes")
    ResponseEntity<InvestigationView> addChartCause(
            @PathVariable UUID id, Precondition precondition, @Valid @RequestBody AddChartCause cause, Viewer viewer) {
        return view(methods.addChartCause(id, precondition, cause, viewer));
    }

    @PostMapping("/chart/links")
    ResponseEntity<InvestigationView> link(
            @PathVariable UUID id, Precondition precondition, @Valid @RequestBody LinkRequest link, Viewer viewer) {
        return view(methods.linkCause(id, precondition, link.causeId(), link.effectId(), viewer));
    }

    @PutMapping("/chart/causes/{causeId}/evidence")
    ResponseEntity<InvestigationView> giveEvidence(
            @PathVariable UUID id,
            @PathVariable UUID causeId,
            Precondition precondition,
            @Valid @RequestBody EvidenceRequest request,
            Viewer viewer) {
        return view(methods.giveEvidence(id, precondition, causeId, request.evidence(), viewer));
    }

    @PostMapping("/root-causes")
    ResponseEntity<InvestigationView> addRootCause(
            @PathVariable UUID id, Precondition precondition, @Valid @RequestBody AddRootCause cause, Viewer viewer) {
        return view(methods.addRootCause(id, precondition, cause, viewer));
    }

    @GetMapping("/diagrams/fishbone.svg")
    ResponseEntity<String> fishbone(@PathVariable UUID id, Viewer viewer, Locale locale) {
        return svg(diagrams.fishbone(desk.investigation(id, viewer), locale));
    }

    /** A chain of 5 Whys, by its number (from 1) in the order the chains were added. */
    @GetMapping("/diagrams/whys/{chain}.svg")
    ResponseEntity<String> whys(@PathVariable UUID id, @PathVariable int chain, Viewer viewer, Locale locale) {
        var chains = diagrams.whys(desk.investigation(id, viewer), locale);
        if (chain < 1 || chain > chains.size()) {
            throw new NotFoundException("WhyChain", chain);
        }
        return svg(chains.get(chain - 1));
    }

    @GetMapping("/diagrams/chart.svg")
    ResponseEntity<String> chart(@PathVariable UUID id, Viewer viewer) {
        return svg(diagrams.chart(desk.investigation(id, viewer)));
    }

    private static ResponseEntity<String> svg(String svg) {
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .body(svg);
    }

    private ResponseEntity<InvestigationView> view(Investigation investigation) {
        return Versions.tagged(investigation.version(), InvestigationView.of(investigation, desk::evidence));
    }
}
