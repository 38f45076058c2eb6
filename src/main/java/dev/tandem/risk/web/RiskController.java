package dev.tandem.risk.web;

import dev.tandem.history.History;
import dev.tandem.risk.AcceptRisk;
import dev.tandem.risk.AssessRisk;
import dev.tandem.risk.IdentifyRisk;
import dev.tandem.risk.RiskAccess;
import dev.tandem.risk.RiskQueries;
import dev.tandem.risk.RiskRegister;
import dev.tandem.risk.RiskStatus;
import dev.tandem.risk.matrix.RiskMatrices;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Entering a risk, and one risk's page: its details, its assessments with their matrix versions, its controls and
 * measures, the steps the viewer may take (assess, assess the residual, accept), changing, voiding and the history.
 */
@Controller
class RiskController {

    private static final String VIEW = "risks/detail";
    private static final String NEW = "risks/new";

    private final RiskRegister register;
    private final RiskQueries queries;
    private final RiskMatrices matrices;
    private final RiskChoices choices;
    private final RiskPageParts parts;
    private final History history;

    RiskController(
            RiskRegister register,
            RiskQueries queries,
            RiskMatrices matrices,
            RiskChoices choices,
            RiskPageParts parts,
            History history) {
        this.register = register;
        this.queries = queries;
        this.matrices = matrices;
        this.choices = choices;
        this.parts = parts;
        this.history = history;
    }

    /**
     * A new risk's form, blank or started from another record's page (a stop of work compensated for), which names
     * itself in {@code returnTo} to be taken back to with the new risk's id.
     */
    @GetMapping("/risks/new")
    String blank(
            @RequestParam(required = false) UUID areaId,
            @RequestParam(required = false) String activity,
            @RequestParam(required = false) String hazard,
            @RequestParam(required = false) String returnTo,
            Viewer viewer,
            Locale locale,
            Model model) {
        requireKeeper(viewer);
        var form =
                IdentifyRisk.prefilled(areaId, activity, hazard, queries.today().plusYears(1));
        model.addAttribute("form", form);
        model.addAttribute("returnTo", localPath(returnTo));
        return formChoices(form, locale, model, NEW);
    }

    @PostMapping("/risks")
    String identify(
            @Valid @ModelAttribute("form") IdentifyRisk form,
            BindingResult errors,
            @RequestParam(required = false) String returnTo,
            Viewer viewer,
            Locale locale,
            Model model) {
        requireKeeper(viewer);
        var back = localPath(returnTo);
        model.addAttribute("returnTo", back);
        return Forms.submit(errors, () -> formChoices(form, locale, model, NEW), () -> {
            var id = register.identify(form, viewer).record().id();
            return back == null ? "redirect:/risks/" + id : "redirect:" + back + "?riskId=" + id;
        });
    }

    /** A page of Tandem's own to go back to, never another site's: a path of letters, digits, dashes and slashes. */
    private static String localPath(String path) {
        return path != null && path.matches("/[A-Za-z0-9][A-Za-z0-9/_-]*") ? path : null;
    }

    @GetMapping("/risks/{id}")
    String show(@PathVariable UUID id, Viewer viewer, Locale locale, Model model) {
        return detail(id, viewer, locale, model);
    }

    @PostMapping("/risks/{id}")
    String revise(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @ModelAttribute("form") IdentifyRisk form,
            BindingResult errors,
            Viewer viewer,
            Locale locale,
            Model model) {
        model.addAttribute("form", form);
        return Forms.submit(errors, () -> detail(id, viewer, locale, model), () -> {
            register.revise(id, precondition, form, viewer);
            return "redirect:/risks/" + id + "?saved";
        });
    }

    @PostMapping("/risks/{id}/{stage:assess|residual}")
    String assess(
            @PathVariable UUID id,
            @PathVariable String stage,
            Precondition precondition,
            @Valid @ModelAttribute("assessment") AssessRisk assessment,
            BindingResult errors,
            Viewer viewer,
            Locale locale,
            Model model) {
        model.addAttribute("assessment", assessment);
        return Forms.submit(errors, () -> detail(id, viewer, locale, model), () -> {
            if (stage.equals("assess")) {
                register.assess(id, precondition, assessment, viewer);
            } else {
                register.assessResidual(id, precondition, assessment, viewer);
            }
            return "redirect:/risks/" + id;
        });
    }

    @PostMapping("/risks/{id}/accept")
    String accept(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @ModelAttribute("acceptance") AcceptRisk acceptance,
            BindingResult errors,
            Viewer viewer,
            Locale locale,
            Model model) {
        model.addAttribute("acceptance", acceptance);
        return Forms.submit(errors, () -> detail(id, viewer, locale, model), () -> {
            register.accept(id, precondition, acceptance, viewer);
            return "redirect:/risks/" + id;
        });
    }

    @PostMapping("/risks/{id}/void")
    String voidRisk(@PathVariable UUID id, @RequestParam String reason, Viewer viewer, RedirectAttributes flash) {
        return Forms.voiding("/risks/" + id, flash, () -> register.voidRisk(id, reason, viewer));
    }

    /** The owner choices matching a search, for the form's picker; only for the register's keepers. */
    @GetMapping("/risks/owners")
    String ownerOptions(
            @RequestParam(required = false) String q,
            @RequestParam(name = "ownerPersonId", required = false) UUID current,
            Viewer viewer,
            Model model) {
        requireKeeper(viewer);
        model.addAttribute("owners", choices.owners(q, current));
        model.addAttribute("current", current);
        return "actions/owner-options";
    }

    private String detail(UUID id, Viewer viewer, Locale locale, Model model) {
        var risk = register.risk(id, viewer);
        var row = queries.risk(id, viewer).orElseThrow(() -> new NotFoundException("Risk", id));
        boolean keeps = !risk.isVoided() && RiskAccess.canKeep(viewer, risk.siteId());
        model.addAttribute("record", risk);
        model.addAttribute("row", row);
        model.addAttribute("matrix", matrices.current());
        model.addAttribute("history", history.of(risk));
        model.addAttribute("canKeep", keeps);
        model.addAttribute("canResidual", keeps && risk.status() != RiskStatus.IDENTIFIED);
        model.addAttribute("measureVerified", register.hasVerifiedMeasure(id));
        model.addAttribute(
                "canAccept",
                !risk.isVoided()
                        && RiskAccess.canAccept(viewer)
                        && risk.status() != RiskStatus.IDENTIFIED
                        && risk.status() != RiskStatus.ACCEPTED
                        && risk.status() != RiskStatus.ELIMINATED);
        model.addAttribute("canVoid", RiskAccess.canKeep(viewer, risk.siteId()));
        parts.assessments(risk, model, locale);
        if (!model.containsAttribute("assessment")) {
            model.addAttribute("assessment", new AssessRisk(risk.likelihood(), risk.severity(), null));
        }
        if (!model.containsAttribute("acceptance")) {
            model.addAttribute("acceptance", new AcceptRisk(""));
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", IdentifyRisk.of(risk));
        }
        return keeps ? formChoices((IdentifyRisk) model.getAttribute("form"), locale, model, VIEW) : VIEW;
    }

    private String formChoices(IdentifyRisk form, Locale locale, Model model, String view) {
        model.addAttribute("areas", choices.areas());
        model.addAttribute("categories", choices.categories(locale));
        model.addAttribute("owners", choices.owners(null, form.ownerPersonId()));
        return view;
    }

    private static void requireKeeper(Viewer viewer) {
        if (!RiskAccess.keepsRegister(viewer)) {
            throw new AccessDeniedException("keeping the risk register");
        }
    }
}
