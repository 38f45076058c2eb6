package dev.tandem.risk.web;

import dev.tandem.history.History;
import dev.tandem.risk.ControlFigures;
import dev.tandem.risk.ControlLevel;
import dev.tandem.risk.ControlQueries;
import dev.tandem.risk.ControlRegister;
import dev.tandem.risk.DefineControl;
import dev.tandem.risk.Risk;
import dev.tandem.risk.RiskAccess;
import dev.tandem.risk.RiskRegister;
import dev.tandem.risk.VerifyControl;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.Pictures;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The controls of a risk on its page (loaded with htmx), a control's own page (verifying it from a phone, changing,
 * voiding, its verifications, the actions that restore it, its history) and the on-time figure of critical controls.
 */
@Controller
class ControlController {

    private static final String CONTROL = "risks/control";
    private static final String NEW = "risks/control-new";
    /** The verifications a control's page shows, newest first. */
    private static final int SHOWN = 50;

    private final ControlRegister register;
    private final ControlQueries queries;
    private final ControlFigures figures;
    private final RiskRegister risks;
    private final RiskChoices choices;
    private final History history;

    ControlController(
            ControlRegister register,
            ControlQueries queries,
            ControlFigures figures,
            RiskRegister risks,
            RiskChoices choices,
            History history) {
        this.register = register;
        this.queries = queries;
        this.figures = figures;
        this.risks = risks;
        this.choices = choices;
        this.history = history;
    }

    @GetMapping("/risks/{id}/controls")
    String list(@PathVariable UUID id, Viewer viewer, Model model) {
        var risk = risks.risk(id, viewer);
        model.addAttribute("record", risk);
        model.addAttribute("controls", queries.controls(id, Paging.first(Paging.MAX_SIZE), viewer));
        model.addAttribute("canKeep", !risk.isVoided() && RiskAccess.canKeep(viewer, risk.siteId()));
        return "risks/controls :: list";
    }

    @GetMapping("/risks/{id}/controls/new")
    String blank(@PathVariable UUID id, Viewer viewer, Locale locale, Model model) {
        var risk = kept(id, viewer);
        model.addAttribute("form", DefineControl.blank(risk.fatal()));
        return newPage(risk, model, locale);
    }

    @PostMapping("/risks/{id}/controls")
    String add(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") DefineControl form,
            BindingResult errors,
            Viewer viewer,
            Locale locale,
            Model model) {
        var risk = kept(id, viewer);
        return Forms.submit(
                errors,
                () -> newPage(risk, model, locale),
                () -> "redirect:/risks/" + id + "/controls/"
                        + register.add(id, form, viewer).record().id());
    }

    @GetMapping("/risks/{id}/controls/{controlId}")
    String show(@PathVariable UUID id, @PathVariable UUID controlId, Viewer viewer, Locale locale, Model model) {
        return page(id, controlId, viewer, locale, model);
    }

    @PostMapping("/risks/{id}/controls/{controlId}")
    String change(
            @PathVariable UUID id,
            @PathVariable UUID controlId,
            Precondition precondition,
            @Valid @ModelAttribute("form") DefineControl form,
            BindingResult errors,
            Viewer viewer,
            Locale locale,
            Model model) {
        return Forms.submit(errors, () -> page(id, controlId, viewer, locale, model), () -> {
            register.change(id, controlId, precondition, form, viewer);
            return "redirect:/risks/" + id + "/controls/" + controlId + "?saved";
        });
    }

    /** A verification from the field: pass or fail, a note and a photo if one was taken. */
    @PostMapping("/risks/{id}/controls/{controlId}/verify")
    String verify(
            @PathVariable UUID id,
            @PathVariable UUID controlId,
            @Valid @ModelAttribute("verification") VerifyControl verification,
            BindingResult errors,
            @RequestParam(required = false) MultipartFile photo,
            Viewer viewer,
            Locale locale,
            Model model)
            throws IOException {
        var bytes = photo == null || photo.isEmpty() ? null : photo.getBytes();
        return Forms.submit(errors, () -> page(id, controlId, viewer, locale, model), () -> {
            var made =
                    register.verify(id, controlId, verification, bytes, viewer).record();
            return "redirect:/risks/" + id + "/controls/" + controlId + "?verified="
                    + (made.passed() ? "passed" : "failed");
        });
    }

    @PostMapping("/risks/{id}/controls/{controlId}/void")
    String voidControl(
            @PathVariable UUID id,
            @PathVariable UUID controlId,
            @RequestParam String reason,
            Viewer viewer,
            RedirectAttributes flash) {
        return Forms.voiding(
                "/risks/" + id + "/controls/" + controlId,
                flash,
                () -> register.voidControl(id, controlId, reason, viewer));
    }

    @GetMapping("/risks/{id}/controls/{controlId}/verifications/{verificationId}/photo")
    ResponseEntity<byte[]> photo(
            @PathVariable UUID id, @PathVariable UUID controlId, @PathVariable UUID verificationId, Viewer viewer) {
        var photo = queries.photo(id, controlId, verificationId, viewer)
                .orElseThrow(() -> new NotFoundException("Photo", verificationId));
        return Pictures.response(photo.contentType(), photo.content());
    }

    /** The share of critical controls verified on time per site, this quarter and the one before, for the register. */
    @GetMapping("/risks/critical-controls/on-time")
    String onTime(Model model) {
        var today = queries.today();
        var previous = today.minusMonths(3);
        model.addAttribute("current", figures.onTime(today.getYear(), ControlFigures.quarterOf(today)));
        model.addAttribute("previous", figures.onTime(previous.getYear(), ControlFigures.quarterOf(previous)));
        return "risks/controls :: onTime";
    }

    private String page(UUID id, UUID controlId, Viewer viewer, Locale locale, Model model) {
        var risk = risks.risk(id, viewer);
        var control = register.control(id, controlId, viewer);
        boolean current = !risk.isVoided() && !control.isVoided();
        boolean keeps = current && RiskAccess.canKeep(viewer, risk.siteId());
        model.addAttribute("risk", risk);
        model.addAttribute("record", control);
        model.addAttribute("row", queries.control(id, controlId, viewer));
        model.addAttribute(
                "canVerify",
                current && control.critical() && RiskAccess.canVerify(viewer, risk.siteId(), control.ownerPersonId()));
        model.addAttribute("canKeep", keeps);
        model.addAttribute("canVoid", RiskAccess.canKeep(viewer, risk.siteId()));
        model.addAttribute("verifications", queries.verifications(id, controlId, Paging.first(SHOWN), viewer));
        model.addAttribute("history", history.of(control));
        if (!model.containsAttribute("verification")) {
            model.addAttribute("verification", new VerifyControl(UUID.randomUUID(), null, ""));
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", DefineControl.of(control));
        }
        if (keeps) {
            formChoices((DefineControl) model.getAttribute("form"), model, locale);
        }
        return CONTROL;
    }

    private String newPage(Risk risk, Model model, Locale locale) {
        model.addAttribute("risk", risk);
        formChoices((DefineControl) model.getAttribute("form"), model, locale);
        return NEW;
    }

    private void formChoices(DefineControl form, Model model, Locale locale) {
        model.addAttribute("levels", ControlLevel.values());
        model.addAttribute("owners", choices.owners(null, form.ownerPersonId()));
    }

    private Risk kept(UUID id, Viewer viewer) {
        var risk = risks.risk(id, viewer);
        if (risk.isVoided() || !RiskAccess.canKeep(viewer, risk.siteId())) {
            throw new AccessDeniedException("keeping the controls of this risk");
        }
        return risk;
    }
}
