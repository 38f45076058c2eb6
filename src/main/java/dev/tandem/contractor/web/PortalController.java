package dev.tandem.contractor.web;

import dev.tandem.organisation.OrganisationContacts;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.Pictures;
import dev.tandem.training.RecordTraining;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The contractor's portal, its supervisor's own: what the organisation keeps (contacts, people, documents, its people's
 * training records with the files that prove them, which count once the safety department approves them, and their
 * corrections when it returns one) and what it sees (engagements with their mentors, onboarding, standing, figures and
 * actions), all of the supervisor's own organisation only. Each form comes back to its page, with its errors beside
 * its inputs.
 */
@Controller
class PortalController {

    private final PortalPage page;
    private final PortalKeeping keeping;
    private final ContractorParts parts;

    PortalController(PortalPage page, PortalKeeping keeping, ContractorParts parts) {
        this.page = page;
        this.keeping = keeping;
        this.parts = parts;
    }

    @GetMapping("/contractors/portal")
    String portal(Viewer viewer, Locale locale, Model model) {
        return page.show(viewer, locale, model);
    }

    /** The organisation's contacts; its name, tax number and status stay the safety department's. */
    @PostMapping("/contractors/portal/details")
    String details(
            @RequestParam(required = false) Long version,
            @Valid @ModelAttribute("detailsForm") OrganisationContacts form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        return keep(errors, viewer, model, "details", id -> keeping.organisations()
                .updateContacts(id, Precondition.version(version), form, viewer));
    }

    /** A document with its scan and expiry; one already expired is refused and nothing is written. */
    @PostMapping("/contractors/portal/documents")
    String document(
            @Valid @ModelAttribute("documentForm") DocumentForm form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        return keep(errors, viewer, model, "documents", id -> parts.filing()
                .submit(form.documentId(), id, form.command(), form.scan(), viewer));
    }

    /**
     * One of the organisation's people's training, with the file that proves it if one came (a photo or a scan): it
     * waits for the safety department's approval. A file refused writes nothing.
     */
    @PostMapping("/contractors/portal/training")
    String training(
            @Valid @ModelAttribute("trainingForm") RecordTraining form,
            BindingResult errors,
            @RequestParam(required = false) MultipartFile file,
            Viewer viewer,
            Model model) {
        return keep(errors, viewer, model, "training", id -> keeping.evidence()
                .record(form, Pictures.uploaded(file, "file"), viewer));
    }

    /** A training record to correct: what the safety department said, its files and its form. */
    @GetMapping("/contractors/portal/training/{recordId}")
    String correction(@PathVariable UUID recordId, Viewer viewer, Locale locale, Model model) {
        return page.correction(recordId, viewer, locale, model);
    }

    /**
     * The corrected record, through the command the API's PUT takes, with a file added if one came: it waits for the
     * safety department's approval again. A form with errors comes back on the record's page.
     */
    @PostMapping("/contractors/portal/training/{recordId}")
    String correct(
            @PathVariable UUID recordId,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) MultipartFile file,
            @Valid @ModelAttribute("trainingForm") RecordTraining form,
            BindingResult errors,
            Viewer viewer,
            Locale locale,
            Model model) {
        var correction = (Supplier<String>) () -> page.correction(recordId, viewer, locale, model);
        return keep(errors, viewer, correction, "training", id -> keeping.evidence()
                .revise(recordId, Precondition.version(version), form, Pictures.uploaded(file, "file"), viewer));
    }

    /** Runs a form's change and comes back to its part of the portal; a form with errors shows them there. */
    private String keep(BindingResult errors, Viewer viewer, Model model, String part, Consumer<UUID> change) {
        return keep(errors, viewer, () -> page.show(viewer, LocaleContextHolder.getLocale(), model), part, change);
    }

    /**
     * Runs a form's change for the supervisor's own contractor and comes back to its part of the portal; a form with
     * errors shows them on its page.
     */
    private String keep(
            BindingResult errors, Viewer viewer, Supplier<String> formPage, String part, Consumer<UUID> change) {
        var id = PortalPage.contractorOf(viewer);
        return Forms.submit(errors, formPage, () -> {
            change.accept(id);
            return "redirect:/contractors/portal?saved#" + part;
        });
    }
}
