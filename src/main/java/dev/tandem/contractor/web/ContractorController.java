package dev.tandem.contractor.web;

import dev.tandem.contractor.ContractorAccess;
import dev.tandem.contractor.DocumentFiling;
import dev.tandem.contractor.DocumentStatus;
import dev.tandem.contractor.engagement.EngagementAccess;
import dev.tandem.contractor.engagement.EngagementDesk;
import dev.tandem.contractor.prequalification.AnswerQuestionnaire;
import dev.tandem.contractor.prequalification.ContractorQueries;
import dev.tandem.contractor.prequalification.ContractorQueries.ContractorFilter;
import dev.tandem.contractor.prequalification.ContractorRegister;
import dev.tandem.contractor.prequalification.DocumentQueries;
import dev.tandem.contractor.prequalification.DocumentQueries.DocumentFilter;
import dev.tandem.contractor.prequalification.DocumentStanding;
import dev.tandem.contractor.prequalification.PlantDay;
import dev.tandem.contractor.prequalification.PolicyRegister;
import dev.tandem.contractor.prequalification.Prequalification;
import dev.tandem.contractor.prequalification.QuestionnaireRates;
import dev.tandem.history.History;
import dev.tandem.organisation.OrganisationQueries.Option;
import dev.tandem.organisation.OrganisationStatus;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.Pictures;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The contractors' pages: the list, and each contractor's file with its lifecycle, type, documents and questionnaire,
 * each part a form of its own that comes back with its errors beside its inputs.
 */
@Controller
class ContractorController {

    private static final String DETAIL = "contractor/detail";

    private final ContractorRegister register;
    private final ContractorQueries queries;
    private final DocumentStanding standing;
    private final DocumentFiling filing;
    private final PolicyRegister policies;
    private final QuestionnaireRates rates;
    private final PlantDay day;
    private final History history;
    private final EngagementDesk engagements;
    private final DocumentQueries documents;
    private final DocumentExports exports;

    ContractorController(ContractorRegister register, ContractorQueries queries, ContractorParts parts) {
        this.register = register;
        this.queries = queries;
        this.standing = parts.standing();
        this.filing = parts.filing();
        this.policies = parts.policies();
        this.rates = parts.rates();
        this.day = parts.day();
        this.history = parts.history();
        this.engagements = parts.engagements();
        this.documents = parts.documents();
        this.exports = parts.exports();
    }

    @GetMapping("/contractors")
    String list(@ModelAttribute("filter") ContractorFilter filter, Paging paging, Viewer viewer, Model model) {
        model.addAttribute("page", queries.contractors(filter, paging, viewer));
        model.addAttribute("statuses", OrganisationStatus.values());
        return "contractor/list";
    }

    /** The contractor's page; its documents are a list of their own, filtered and paged by the query string. */
    @GetMapping("/contractors/{id}")
    String show(
            @PathVariable UUID id,
            @ModelAttribute("filter") DocumentFilter filter,
            Paging paging,
            Viewer viewer,
            Model model) {
        model.addAttribute("documents", documents.documents(id, filter, paging, viewer));
        return detail(id, viewer, model);
    }

    @GetMapping("/contractors/{id}/documents/export")
    ResponseEntity<StreamingResponseBody> exportDocuments(
            @PathVariable UUID id,
            @ModelAttribute("filter") DocumentFilter filter,
            Paging paging,
            @RequestParam(required = false) String format,
            Viewer viewer) {
        return exports.documents(format, id, filter, paging, viewer);
    }

    @PostMapping("/contractors/{id}/status")
    String changeStatus(
            @PathVariable UUID id,
            @RequestParam(required = false) Long version,
            @Valid @ModelAttribute("statusForm") StatusChange form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        return change(
                id,
                errors,
                viewer,
                model,
                () -> register.changeStatus(id, Precondition.version(version), form.status(), form.reason(), viewer));
    }

    @PostMapping("/contractors/{id}/type")
    String classify(
            @PathVariable UUID id,
            @RequestParam(required = false) Long version,
            @Valid @ModelAttribute("typeForm") Classification form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        return change(
                id,
                errors,
                viewer,
                model,
                () -> register.classify(id, Precondition.version(version), form.policyId(), viewer));
    }

    @PostMapping("/contractors/{id}/documents")
    String submitDocument(
            @PathVariable UUID id,
            @Valid @ModelAttribute("documentForm") DocumentForm form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        return change(
                id,
                errors,
                viewer,
                model,
                () -> filing.submit(form.documentId(), id, form.command(), form.scan(), viewer));
    }

    @PostMapping("/contractors/{id}/documents/{documentId}/review")
    String reviewDocument(
            @PathVariable UUID id,
            @PathVariable UUID documentId,
            @RequestParam(required = false) Long version,
            @Valid @ModelAttribute("reviewForm") Decision form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        return change(
                id,
                errors,
                viewer,
                model,
                () -> filing.review(
                        documentId, Precondition.version(version), form.approved(), form.comment(), viewer));
    }

    @PostMapping("/contractors/{id}/questionnaire")
    String answer(
            @PathVariable UUID id,
            @RequestParam(required = false) Long version,
            @Valid @ModelAttribute("questionnaireForm") AnswerQuestionnaire form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        return change(
                id, errors, viewer, model, () -> register.answer(id, Precondition.version(version), form, viewer));
    }

    @PostMapping("/contractors/{id}/questionnaire/review")
    String reviewQuestionnaire(
            @PathVariable UUID id,
            @RequestParam(required = false) Long version,
            @Valid @ModelAttribute("questionnaireReview") Decision form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        return change(
                id,
                errors,
                viewer,
                model,
                () -> register.review(id, Precondition.version(version), form.approved(), form.comment(), viewer));
    }

    @GetMapping("/contractors/{id}/documents/{documentId}/scans/{scanId}")
    ResponseEntity<byte[]> scan(
            @PathVariable UUID id, @PathVariable UUID documentId, @PathVariable UUID scanId, Viewer viewer) {
        var scan = filing.scan(documentId, scanId, viewer);
        return Pictures.response(scan.contentType(), scan.content());
    }

    /** Runs a form's change and goes back to the contractor's page; a form with errors shows them there. */
    private String change(UUID id, BindingResult errors, Viewer viewer, Model model, Runnable change) {
        return Forms.submit(errors, () -> detail(id, viewer, model), () -> {
            change.run();
            return "redirect:/contractors/" + id + "?saved";
        });
    }

    /** The contractor's page; forms that came back with errors keep what was entered. */
    private String detail(UUID id, Viewer viewer, Model model) {
        var contractor = register.contractor(id, viewer);
        var prequalification = register.prequalification(id, viewer);
        model.addAttribute("contractor", contractor);
        model.addAttribute("prequalification", prequalification);
        model.addAttribute("required", standing.of(id, viewer));
        model.addAttribute("blockers", standing.blockersOfNewWork(id, day.today()));
        if (!model.containsAttribute("documents")) {
            model.addAttribute("filter", new DocumentFilter(null, null, null));
            model.addAttribute(
                    "documents",
                    documents.documents(
                            id, new DocumentFilter(null, null, null), Paging.first(Paging.DEFAULT_SIZE), viewer));
        }
        model.addAttribute(
                "policyChoices",
                ContractorAccess.canDecide(viewer)
                        ? policies.policies(viewer).stream()
                                .map(p -> new Option(p.id(), p.name()))
                                .toList()
                        : List.of());
        model.addAttribute(
                "policy",
                prequalification.policyId() == null ? null : policies.policy(prequalification.policyId(), viewer));
        model.addAttribute("figures", rates.of(prequalification, viewer));
        model.addAttribute("engagements", engagements.engagementsOf(id, viewer));
        model.addAttribute("documentStatuses", DocumentStatus.values());
        model.addAttribute("canPlan", EngagementAccess.canPlan(viewer));
        model.addAttribute("canDecide", ContractorAccess.canDecide(viewer));
        model.addAttribute("canSubmit", ContractorAccess.canSubmit(viewer, id));
        model.addAttribute("history", history.of(contractor));
        model.addAttribute(
                "prequalificationHistory",
                prequalification.version() == null ? List.of() : history.of(prequalification));
        // a form that came back with its errors is in the model already, and stays
        model.mergeAttributes(Map.of(
                "statusForm", new StatusChange(null, ""),
                "typeForm", new Classification(prequalification.policyId()),
                "documentForm", DocumentForm.blank(),
                "questionnaireForm",
                        questionnaireForm(prequalification, day.today().getYear()),
                "reviewForm", new Decision(null, ""),
                "questionnaireReview", new Decision(null, "")));
        return DETAIL;
    }

    /** The three years before this one, with what was answered for them. */
    private static AnswerQuestionnaire questionnaireForm(Prequalification prequalification, int thisYear) {
        return new AnswerQuestionnaire(IntStream.rangeClosed(thisYear - 3, thisYear - 1)
                .mapToObj(year -> prequalification.years().stream()
                        .filter(declared -> declared.year() == year)
                        .findFirst()
                        .map(declared -> new AnswerQuestionnaire.Year(
                                year,
                                declared.hours(),
                                declared.fatalities(),
                                declared.lostTime(),
                                declared.restrictedWork(),
                                declared.medicalTreatment()))
                        .orElse(new AnswerQuestionnaire.Year(year, BigDecimal.ZERO, 0, 0, 0, 0)))
                .toList());
    }
}
