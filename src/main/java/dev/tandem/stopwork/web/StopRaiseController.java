package dev.tandem.stopwork.web;

import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.Pictures;
import dev.tandem.stopwork.StopWorkControl;
import dev.tandem.stopwork.warning.EarlyWarningSource;
import dev.tandem.stopwork.warning.EarlyWarningSource.Prefill;
import dev.tandem.stopwork.web.StopWorkViews.StopWorkReceipt;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The stop form: a phone-first page anyone on site fills in with gloves on. Like the field report, its script keeps a
 * stop in the phone's outbox while there is no network and sends it once when the network is back.
 */
@Controller
class StopRaiseController {

    private final StopWorkControl control;
    private final OrganisationQueries organisations;
    private final StopWorkChoices choices;
    private final EarlyWarningSource warnings;
    private final MessageSource messages;

    StopRaiseController(
            StopWorkControl control,
            OrganisationQueries organisations,
            StopWorkChoices choices,
            EarlyWarningSource warnings,
            MessageSource messages) {
        this.control = control;
        this.organisations = organisations;
        this.choices = choices;
        this.warnings = warnings;
        this.messages = messages;
    }

    private void choices(Viewer viewer, Model model) {
        model.addAttribute("places", organisations.places());
        model.addAttribute("organisations", choices.whoseWork(viewer));
    }

    /** A blank stop, or one filled from an early warning ("stop the work on this equipment"). */
    @GetMapping("/stop")
    String blank(@RequestParam(required = false) UUID fromEvent, Viewer viewer, Model model) {
        choices(viewer, model);
        var prefill = fromEvent == null ? Optional.<Prefill>empty() : warnings.prefill(fromEvent, viewer);
        model.addAttribute(
                "form",
                prefill.map(start -> new StopForm(
                                UUID.randomUUID(),
                                start.areaId(),
                                viewer.organisationId(),
                                start.work(),
                                start.unsafe(),
                                null,
                                start.eventId()))
                        .orElseGet(() ->
                                new StopForm(UUID.randomUUID(), null, viewer.organisationId(), "", "", null, null)));
        return "stopwork/raise";
    }

    /** The form sent without script: the page answers with a receipt or with the form and its errors. */
    @PostMapping("/stop")
    String raise(
            @Valid @ModelAttribute("form") StopForm form,
            BindingResult errors,
            @RequestParam(required = false) MultipartFile photo,
            Viewer viewer,
            Model model) {
        return Forms.submit(
                errors,
                () -> {
                    choices(viewer, model);
                    return "stopwork/raise";
                },
                () -> {
                    var created = control.raise(form.command(), Pictures.uploaded(photo, "photo"), viewer);
                    return "redirect:/stops/" + created.record().id() + "?sent";
                });
    }

    /** The form sent by its script (now, or later from the phone's outbox): a receipt, or the errors by field. */
    @PostMapping(path = "/stop", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<?> raiseFromScript(
            @Valid @ModelAttribute("form") StopForm form,
            BindingResult errors,
            @RequestParam(required = false) MultipartFile photo,
            Viewer viewer,
            Locale locale) {
        return Forms.attempt(errors, () -> control.raise(form.command(), Pictures.uploaded(photo, "photo"), viewer))
                .<ResponseEntity<?>>map(
                        created -> ResponseEntity.status(created.isNew() ? HttpStatus.CREATED : HttpStatus.OK)
                                .body(StopWorkReceipt.of(created.record())))
                .orElseGet(() -> ResponseEntity.badRequest()
                        .body(Map.of("errors", Forms.fieldErrors(errors, messages, locale))));
    }
}
