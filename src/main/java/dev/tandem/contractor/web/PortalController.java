package dev.tandem.contractor.web;

import dev.tandem.organisation.OrganisationContacts;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import dev.tandem.training.RecordTraining;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The contractor's portal, its supervisor's own: what the organisation keeps (contacts, people, documents, its people's
 * training records, which count once the safety department approves them) and what it sees (engagements with their
 * mentors, onboarding, standing, figures and actions), all of the supervisor's own organisation only. Each form comes
 * back to the portal, with its errors beside its inputs.
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
            Locale locale,
            Model model) {
        var id = PortalPage.contractorOf(viewer);
        return keep(errors, viewer, locale, model, "details", () -> keeping.organisations()
                .updateContacts(id, Precondition.version(version), form, viewer));
    }

    /** A document with its scan and expiry; one already expired is refused and nothing is written. */
    @PostMapping("/contractors/portal/documents")
    String document(
            @Valid @ModelAttribute("documentForm") DocumentForm form,
            BindingResult errors,
            Viewer viewer,
            Locale locale,
            Model model) {
        var id = PortalPage.contractorOf(viewer);
        return keep(errors, viewer, locale, model, "documents", () -> parts.filing()
                .submit(form.documentId(), id, form.command(), form.scan(), viewer));
    }

    /** One of the organisation's people's training: it waits for the safety department's approval. */
    @PostMapping("/contractors/portal/training")
    String training(
            @Valid @ModelAttribute("trainingForm") RecordTraining form,
            BindingResult errors,
            Viewer viewer,
            Locale locale,
            Model model) {
        PortalPage.contractorOf(viewer);
        return keep(errors, viewer, locale, model, "training", () -> keeping.training()
                .record(form, viewer));
    }

    /** Runs a form's change and comes back to its part of the portal; a form with errors shows them there. */
    private String keep(BindingResult errors, Viewer viewer, Locale locale, Model model, String part, Runnable change) {
        return Forms.submit(errors, () -> page.show(viewer, locale, model), () -> {
            change.run();
            return "redirect:/contractors/portal?saved#" + part;
        });
    }
}
