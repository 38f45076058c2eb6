package dev.tandem.investigation.web;

import dev.tandem.investigation.AddChartCause;
import dev.tandem.investigation.AddFishboneCause;
import dev.tandem.investigation.AddRootCause;
import dev.tandem.investigation.AddWhyChain;
import dev.tandem.investigation.InvestigationMethods;
import dev.tandem.investigation.RootCauseClass;
import dev.tandem.investigation.analysis.FishboneCategory;
import dev.tandem.investigation.analysis.InvestigationDiagrams;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The methods' forms of an investigation's page: each step goes back to the methods, a refusal (an empty cause, an
 * arrow that would close a loop) as a message there, and nothing written.
 */
@Controller
class MethodController {

    private final InvestigationMethods methods;
    private final InvestigationDiagrams diagrams;

    MethodController(InvestigationMethods methods, InvestigationDiagrams diagrams) {
        this.methods = methods;
        this.diagrams = diagrams;
    }

    @PostMapping("/investigations/{id}/whys")
    String addWhyChain(
            @PathVariable UUID id,
            Precondition precondition,
            @RequestParam(required = false) String problem,
            @RequestParam(name = "why", required = false) List<String> whys,
            Viewer viewer,
            RedirectAttributes flash) {
        return back(
                id,
                flash,
                () -> methods.addWhyChain(
                        id, precondition, new AddWhyChain(problem, whys == null ? List.of() : whys), viewer));
    }

    /** The categories one a line, as the team names them; a line left as a category's name keeps that category. */
    @PostMapping("/investigations/{id}/fishbone/categories")
    String nameCategories(
            @PathVariable UUID id,
            Precondition precondition,
            @RequestParam(required = false) String categories,
            Viewer viewer,
            Locale locale,
            RedirectAttributes flash) {
        var named = categories == null
                ? List.<String>of()
                : Arrays.stream(categories.split("\\R"))
                        .map(name -> codeOf(name.strip(), locale))
                        .toList();
        return back(id, flash, () -> methods.nameCategories(id, precondition, named, viewer));
    }

    @PostMapping("/investigations/{id}/fishbone/causes")
    String addFishboneCause(
            @PathVariable UUID id,
            Precondition precondition,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String cause,
            Viewer viewer,
            RedirectAttributes flash) {
        return back(
                id,
                flash,
                () -> methods.addFishboneCause(id, precondition, new AddFishboneCause(category, cause), viewer));
    }

    @PostMapping("/investigations/{id}/chart/causes")
    String addChartCause(
            @PathVariable UUID id,
            Precondition precondition,
            @RequestParam(required = false) String cause,
            @RequestParam(required = false) UUID effectId,
            @RequestParam(required = false) String evidence,
            Viewer viewer,
            RedirectAttributes flash) {
        return back(
                id,
                flash,
                () -> methods.addChartCause(id, precondition, new AddChartCause(cause, effectId, evidence), viewer));
    }

    @PostMapping("/investigations/{id}/chart/links")
    String link(
            @PathVariable UUID id,
            Precondition precondition,
            @RequestParam(required = false) UUID causeId,
            @RequestParam(required = false) UUID effectId,
            Viewer viewer,
            RedirectAttributes flash) {
        return back(id, flash, () -> methods.linkCause(id, precondition, causeId, effectId, viewer));
    }

    @PostMapping("/investigations/{id}/chart/evidence")
    String giveEvidence(
            @PathVariable UUID id,
            Precondition precondition,
            @RequestParam(required = false) UUID causeId,
            @RequestParam(required = false) String evidence,
            Viewer viewer,
            RedirectAttributes flash) {
        return back(id, flash, () -> methods.giveEvidence(id, precondition, causeId, evidence, viewer));
    }

    @PostMapping("/investigations/{id}/root-causes")
    String addRootCause(
            @PathVariable UUID id,
            Precondition precondition,
            @RequestParam(required = false) String cause,
            @RequestParam(required = false) RootCauseClass rootClass,
            Viewer viewer,
            RedirectAttributes flash) {
        return back(
                id, flash, () -> methods.addRootCause(id, precondition, new AddRootCause(cause, rootClass), viewer));
    }

    /** A category's code when the name is how the reader's language names it; the name as given otherwise. */
    private String codeOf(String name, Locale locale) {
        return Arrays.stream(FishboneCategory.values())
                .map(Enum::name)
                .filter(code -> diagrams.category(code, locale).equals(name))
                .findFirst()
                .orElse(name);
    }

    private static String back(UUID id, RedirectAttributes flash, Runnable step) {
        Forms.stepTaken(flash, "stepRefused", step);
        return "redirect:/investigations/" + id + "#methods";
    }
}
