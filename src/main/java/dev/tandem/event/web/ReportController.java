package dev.tandem.event.web;

import dev.tandem.event.EventReporting;
import dev.tandem.event.EventType;
import dev.tandem.event.web.EventViews.EventReceipt;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.Pictures;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
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
 * The field form: a phone-first page that anyone on site fills in within a minute, gloves on. Its script keeps a
 * report on the phone while there is no network and sends it, once, when the network is back.
 */
@Controller
class ReportController {

    private final EventReporting reporting;
    private final OrganisationQueries organisations;
    private final PlantStructure plant;
    private final MessageSource messages;

    ReportController(
            EventReporting reporting, OrganisationQueries organisations, PlantStructure plant, MessageSource messages) {
        this.reporting = reporting;
        this.organisations = organisations;
        this.plant = plant;
        this.messages = messages;
    }

    /** What the form offers; the script's submissions need none of it. */
    private void choices(Model model) {
        model.addAttribute("types", EventType.REPORTED_BY_PEOPLE);
        model.addAttribute("places", organisations.places());
        model.addAttribute("anonymousAllowed", plant.enterprise().anonymousReporting());
    }

    @GetMapping("/report")
    String blank(Viewer viewer, Model model) {
        choices(model);
        var home = viewer.siteId() == null ? "" : "site:" + viewer.siteId();
        model.addAttribute("form", new FieldReport(UUID.randomUUID(), null, home, "", null, false));
        return "events/report";
    }

    /** The form sent without script: the page answers with a receipt or with the form and its errors. */
    @PostMapping("/report")
    String report(
            @Valid @ModelAttribute("form") FieldReport form,
            BindingResult errors,
            @RequestParam(required = false) MultipartFile photo,
            Viewer viewer,
            Model model) {
        return Forms.submit(
                errors,
                () -> {
                    choices(model);
                    return "events/report";
                },
                () -> {
                    reporting.report(form.command(), Pictures.uploaded(photo, "photo"), viewer);
                    return "redirect:/report?sent";
                });
    }

    /** The form sent by its script (now, or later from the phone's outbox): a receipt, or the errors by field. */
    @PostMapping(path = "/report", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<?> reportFromScript(
            @Valid @ModelAttribute("form") FieldReport form,
            BindingResult errors,
            @RequestParam(required = false) MultipartFile photo,
            Viewer viewer,
            Locale locale) {
        return Forms.attempt(errors, () -> reporting.report(form.command(), Pictures.uploaded(photo, "photo"), viewer))
                .<ResponseEntity<?>>map(
                        created -> ResponseEntity.status(created.isNew() ? HttpStatus.CREATED : HttpStatus.OK)
                                .body(EventReceipt.of(created.record())))
                .orElseGet(() -> ResponseEntity.badRequest()
                        .body(Map.of("errors", Forms.fieldErrors(errors, messages, locale))));
    }

    /**
     * A fresh CSRF token for a page that was opened from the phone's cache and now sends its outbox, and who is
     * signed in: the outbox sends only that person's reports.
     */
    @GetMapping(path = "/report/token", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, String> token(CsrfToken token, Viewer viewer) {
        return Map.of("header", token.getHeaderName(), "token", token.getToken(), "username", viewer.username());
    }
}
