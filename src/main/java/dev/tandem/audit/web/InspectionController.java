package dev.tandem.audit.web;

import dev.tandem.audit.Checklists;
import dev.tandem.audit.Inspection;
import dev.tandem.audit.InspectionAccess;
import dev.tandem.audit.InspectionFindings;
import dev.tandem.audit.InspectionKind;
import dev.tandem.audit.InspectionPhotos;
import dev.tandem.audit.InspectionQueries;
import dev.tandem.audit.InspectionQueries.InspectionFilter;
import dev.tandem.audit.InspectionSignatures;
import dev.tandem.audit.InspectionStatus;
import dev.tandem.audit.InspectionWork;
import dev.tandem.audit.InspectionWork.AnswerInspection;
import dev.tandem.history.History;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.OrganisationQueries.Option;
import dev.tandem.organisation.OrganisationQueries.PersonFilter;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.Pictures;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
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
 * The inspections' pages: the list with the start of a new one, and an inspection's page where its questions are
 * answered (shown and hidden by their conditions as they are answered), photographed, a failed item raised as a
 * finding with its action in two taps (open, send: the form comes filled in), and the inspection completed.
 */
@Controller
class InspectionController {

    private static final int WEEK = 7;

    private final InspectionWork work;
    private final InspectionFindings findings;
    private final InspectionPhotos photos;
    private final InspectionSignatures signatures;
    private final InspectionPageModel pages;

    InspectionController(
            InspectionWork work,
            InspectionFindings findings,
            InspectionPhotos photos,
            InspectionSignatures signatures,
            InspectionPageModel pages) {
        this.work = work;
        this.findings = findings;
        this.photos = photos;
        this.signatures = signatures;
        this.pages = pages;
    }

    @GetMapping("/audit/inspections")
    String list(InspectionFilter filter, Paging paging, Viewer viewer, Model model) {
        model.addAttribute("start", new StartForm(null, viewer.siteId(), null, null, null, null));
        return listPage(filter, paging, viewer, model);
    }

    @PostMapping("/audit/inspections")
    String start(@Valid @ModelAttribute("start") StartForm form, BindingResult errors, Viewer viewer, Model model) {
        return Forms.submit(
                errors,
                () -> listPage(
                        new InspectionFilter(null, null, null, null, null, null), Paging.first(20), viewer, model),
                () -> "redirect:/audit/inspections/"
                        + work.start(form.start(null), viewer).record().id());
    }

    private String listPage(InspectionFilter filter, Paging paging, Viewer viewer, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("page", pages.queries.inspections(filter, paging, viewer));
        model.addAttribute("statuses", InspectionStatus.values());
        model.addAttribute("allKinds", InspectionKind.values());
        model.addAttribute("canStart", InspectionAccess.canStart(viewer));
        pages.startChoices(viewer, model);
        return "audit/inspections";
    }

    @GetMapping("/audit/inspections/{id}")
    String inspection(@PathVariable UUID id, Viewer viewer, Model model) {
        return pages.page(work.inspection(id, viewer), Map.of(), viewer, model);
    }

    /** Answers and notes of the page's one form, all or none; a refused one comes back named, with what was typed. */
    @PostMapping("/audit/inspections/{id}/answers")
    String answer(
            @PathVariable UUID id, Long version, @RequestParam Map<String, String> form, Viewer viewer, Model model) {
        var inspection = work.inspection(id, viewer);
        var answers = new HashMap<String, String>();
        var notes = new HashMap<String, String>();
        for (var question : work.checklist(inspection).questions()) {
            if (form.containsKey(question.name())) {
                answers.put(question.name(), form.get(question.name()));
            }
            if (form.containsKey("note." + question.name())) {
                notes.put(question.name(), form.get("note." + question.name()));
            }
        }
        try {
            work.answer(id, Precondition.version(version), new AnswerInspection(answers, notes), viewer);
        } catch (InvalidRequestException refused) {
            model.addAttribute("refused", refused);
            return pages.page(inspection, form, viewer, model);
        }
        return "redirect:/audit/inspections/" + id + "#questions";
    }

    @PostMapping("/audit/inspections/{id}/photos")
    String addPhoto(
            @PathVariable UUID id,
            @RequestParam String question,
            @RequestParam(required = false) MultipartFile photo,
            Viewer viewer,
            RedirectAttributes flash) {
        try {
            var content = Pictures.uploaded(photo, "photo");
            if (content == null) {
                throw new InvalidRequestException("photo", "rule.audit.photoMissing");
            }
            photos.add(id, question, content, viewer);
        } catch (InvalidRequestException refused) {
            flash.addFlashAttribute("refused", refused);
        }
        return "redirect:/audit/inspections/" + id + "#q-" + question;
    }

    @GetMapping("/audit/inspections/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photoId, Viewer viewer) {
        return photos.photo(id, photoId, viewer)
                .map(file -> Pictures.response(file.contentType(), file.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/audit/inspections/{id}/findings")
    String raiseFinding(
            @PathVariable UUID id,
            @Valid @ModelAttribute FindingForm form,
            BindingResult errors,
            Viewer viewer,
            RedirectAttributes flash) {
        if (errors.hasErrors()) {
            flash.addFlashAttribute("refused", new InvalidRequestException("ownerPersonId", "rule.noSuchPerson"));
        } else {
            try {
                findings.raise(id, form.raise(), viewer);
            } catch (InvalidRequestException refused) {
                flash.addFlashAttribute("refused", refused);
            }
        }
        return "redirect:/audit/inspections/" + id + "#q-" + form.question();
    }

    /** A signature drawn on the page's canvas (or a picture chosen without script), on the viewer's side. */
    @PostMapping("/audit/inspections/{id}/signatures")
    String sign(
            @PathVariable UUID id,
            @RequestParam(required = false) MultipartFile signature,
            Viewer viewer,
            RedirectAttributes flash) {
        try {
            var content = Pictures.uploaded(signature, "signature");
            if (content == null) {
                throw new InvalidRequestException("signature", "rule.audit.signatureMissing");
            }
            signatures.sign(id, content, viewer);
        } catch (InvalidRequestException refused) {
            flash.addFlashAttribute("refused", refused);
        }
        return "redirect:/audit/inspections/" + id + "#signatures";
    }

    @GetMapping("/audit/inspections/{id}/signatures/{signatureId}")
    ResponseEntity<byte[]> signature(@PathVariable UUID id, @PathVariable UUID signatureId, Viewer viewer) {
        return signatures
                .signature(id, signatureId, viewer)
                .map(file -> Pictures.response(file.contentType(), file.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/audit/inspections/{id}/complete")
    String complete(@PathVariable UUID id, Long version, Viewer viewer, RedirectAttributes flash) {
        try {
            work.complete(id, Precondition.version(version), viewer);
        } catch (InvalidRequestException refused) {
            flash.addFlashAttribute("refused", refused);
            return "redirect:/audit/inspections/" + id + "#questions";
        }
        return "redirect:/audit/inspections/" + id;
    }

    @PostMapping("/audit/inspections/{id}/void")
    String voidInspection(@PathVariable UUID id, String reason, Viewer viewer, RedirectAttributes flash) {
        return Forms.voiding("/audit/inspections/" + id, flash, () -> work.voidInspection(id, reason, viewer));
    }

    /** What the inspections' pages show beside the inspection: choices, names, history, the finding's defaults. */
    @org.springframework.stereotype.Component
    static class InspectionPageModel {

        private final InspectionWork work;
        private final InspectionQueries queries;
        private final Checklists checklists;
        private final OrganisationQueries organisations;
        private final History history;

        InspectionPageModel(
                InspectionWork work,
                InspectionQueries queries,
                Checklists checklists,
                OrganisationQueries organisations,
                History history) {
            this.work = work;
            this.queries = queries;
            this.checklists = checklists;
            this.organisations = organisations;
            this.history = history;
        }

        void startChoices(Viewer viewer, Model model) {
            model.addAttribute(
                    "templates",
                    checklists.list(null, Paging.first(Paging.MAX_SIZE), viewer).items().stream()
                            .filter(row -> row.publishedVersion() > 0)
                            .map(row -> new Option(row.id(), row.title()))
                            .toList());
            model.addAttribute("sites", organisations.siteOptions());
            model.addAttribute("areas", organisations.areaOptions());
            model.addAttribute(
                    "contractors", viewer.contractor() ? List.of() : organisations.organisationOptions(viewer));
            model.addAttribute(
                    "kinds",
                    java.util.Arrays.stream(InspectionKind.values())
                            .filter(kind -> InspectionAccess.canStart(viewer, kind))
                            .toList());
            model.addAttribute(
                    "managers",
                    InspectionAccess.canStart(viewer, InspectionKind.JOINT)
                            ? organisations.areaOwnerOptions(null, null)
                            : List.of());
        }

        String page(Inspection inspection, Map<String, String> typed, Viewer viewer, Model model) {
            var version = work.checklist(inspection);
            var canConduct = InspectionAccess.canConduct(viewer, inspection)
                    && !inspection.isVoided()
                    && inspection.status() != InspectionStatus.COMPLETED;
            model.addAttribute("inspection", inspection);
            model.addAttribute("titlePage", queries.titlePage(inspection));
            model.addAttribute("states", inspection.states(version));
            model.addAttribute("typed", typed);
            model.addAttribute("canConduct", canConduct);
            model.addAttribute("canVoid", viewer.hasOwnerRole(dev.tandem.shared.Role.HSE_SPECIALIST));
            model.addAttribute(
                    "canSign",
                    InspectionAccess.canSign(viewer, inspection)
                            && !inspection.isVoided()
                            && inspection.status() != InspectionStatus.COMPLETED);
            model.addAttribute("signsForContractor", viewer.contractor());
            model.addAttribute(
                    "invited",
                    inspection.invitedPersonId() == null
                            ? null
                            : organisations
                                    .personOption(inspection.invitedPersonId())
                                    .map(Option::label)
                                    .orElse(null));
            model.addAttribute("history", history.of(inspection));
            if (canConduct) {
                model.addAttribute("owners", owners(inspection, viewer));
                model.addAttribute("defaultOwner", viewer.personId());
                model.addAttribute("defaultDue", work.today(inspection).plusDays(WEEK));
            }
            return "audit/inspection";
        }

        /** Who may own a finding's action: the owner company's people and the inspected contractor's. */
        private List<Option> owners(Inspection inspection, Viewer viewer) {
            var owners = new ArrayList<>(organisations.areaOwnerOptions(null, viewer.personId()));
            if (inspection.organisationId() != null && OrganisationRegister.readsDirectory(viewer)) {
                organisations
                        .people(
                                new PersonFilter(null, inspection.organisationId(), null, false),
                                Paging.first(Paging.MAX_SIZE),
                                viewer)
                        .items()
                        .forEach(person -> owners.add(new Option(
                                person.id(),
                                person.fullName()
                                        + (person.organisationName() == null
                                                ? ""
                                                : " — " + person.organisationName()))));
            }
            if (viewer.personId() != null && owners.stream().noneMatch(o -> o.id().equals(viewer.personId()))) {
                organisations.personOption(viewer.personId()).ifPresent(option -> owners.add(0, option));
            }
            return owners;
        }
    }
}
