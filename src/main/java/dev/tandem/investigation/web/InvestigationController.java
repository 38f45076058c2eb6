package dev.tandem.investigation.web;

import dev.tandem.investigation.InvestigatedRecord;
import dev.tandem.investigation.Investigation;
import dev.tandem.investigation.InvestigationClosing;
import dev.tandem.investigation.InvestigationDesk;
import dev.tandem.investigation.OpenInvestigation;
import dev.tandem.investigation.RootCauseClass;
import dev.tandem.investigation.access.InvestigationAccess;
import dev.tandem.investigation.analysis.InvestigationDiagrams;
import dev.tandem.investigation.listing.InvestigationTimeline;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.Pictures;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
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
 * The investigations' pages: the list with the queue first, opening one from records (a downtime's or an event's
 * "Investigate"), and each investigation's page with its records, team and plan, timeline and history.
 */
@Controller
class InvestigationController {

    private static final String FORM = "investigation/new";

    private final InvestigationDesk desk;
    private final InvestigationTimeline timeline;
    private final InvestigationChoices choices;
    private final InvestigationDiagrams diagrams;
    private final InvestigationClosing closing;

    InvestigationController(
            InvestigationDesk desk,
            InvestigationTimeline timeline,
            InvestigationChoices choices,
            InvestigationDiagrams diagrams,
            InvestigationClosing closing) {
        this.desk = desk;
        this.timeline = timeline;
        this.choices = choices;
        this.diagrams = diagrams;
        this.closing = closing;
    }

    /** The form that opens an investigation of the records named ({@code record=DOWNTIME:id}, repeatable). */
    @GetMapping("/investigations/new")
    String blank(@RequestParam(name = "record", required = false) List<String> records, Viewer viewer, Model model) {
        requireOpener(viewer);
        var form = new InvestigationForm(
                records, null, viewer.personId(), List.of(), LocalDate.now().plusDays(30));
        return opening(form, viewer, model);
    }

    @PostMapping("/investigations")
    String open(
            @RequestParam(name = "newId", required = false) UUID id,
            @Valid @ModelAttribute("form") InvestigationForm form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        requireOpener(viewer);
        return Forms.submit(errors, () -> opening(form, viewer, model), () -> {
            var opened = desk.open(new OpenInvestigation(id, form.investigated(), form.plan()), viewer);
            return "redirect:/investigations/" + opened.record().id();
        });
    }

    private String opening(InvestigationForm form, Viewer viewer, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("newId", UUID.randomUUID());
        model.addAttribute("summaries", desk.summaries(readableCodes(form), viewer));
        model.addAttribute("leaders", choices.leaders(form.leaderPersonId()));
        model.addAttribute("members", choices.members(null, form.memberPersonIds(), viewer));
        return FORM;
    }

    @GetMapping("/investigations/{id}")
    String show(@PathVariable UUID id, Viewer viewer, Locale locale, Model model) {
        var investigation = desk.investigation(id, viewer);
        var zone = choices.zoneOf(investigation.siteId());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", formOf(investigation));
        }
        model.addAttribute("record", investigation);
        model.addAttribute("records", desk.subjects(investigation, viewer));
        model.addAttribute(
                "hiddenRecords",
                investigation.records().size()
                        - desk.subjects(investigation, viewer).size());
        model.addAttribute("timeline", timeline.of(investigation, viewer, zone, locale));
        model.addAttribute("history", desk.history(id, viewer));
        model.addAttribute("whySvgs", diagrams.whys(investigation, locale));
        model.addAttribute("fishboneSvg", diagrams.fishbone(investigation, locale));
        model.addAttribute("chartSvg", diagrams.chart(investigation));
        model.addAttribute(
                "categoryLines",
                String.join(
                        "\n",
                        investigation.methods().fishboneCategories().stream()
                                .map(category -> diagrams.category(category, locale))
                                .toList()));
        model.addAttribute("rootClasses", RootCauseClass.values());
        model.addAttribute("actions", closing.actions(id));
        model.addAttribute("isDirector", viewer.hasOwnerRole(Role.DIRECTOR));
        model.addAttribute("names", choices.names(investigation));
        model.addAttribute("zone", zone);
        model.addAttribute("overdue", investigation.overdueOn(LocalDate.now(zone)));
        var live = !investigation.isVoided();
        var canPlan = live && InvestigationAccess.canPlan(viewer, investigation);
        var canOpen = live && InvestigationAccess.canOpen(viewer);
        model.addAttribute("canPlan", canPlan);
        model.addAttribute("canOpen", canOpen);
        model.addAttribute("canContribute", live && InvestigationAccess.canContribute(viewer, investigation));
        model.addAttribute("canVoid", InvestigationAccess.canVoid(viewer));
        // whom the plan's form offers, only to those who plan: a contractor's member may not list people
        model.addAttribute("leaders", canPlan || canOpen ? choices.leaders(investigation.leaderPersonId()) : List.of());
        model.addAttribute(
                "members",
                canPlan || canOpen
                        ? choices.members(investigation.contractorId(), investigation.memberPersonIds(), viewer)
                        : List.of());
        return "investigation/detail";
    }

    /** The team and plan changed, or a queued investigation taken up with them. */
    @PostMapping("/investigations/{id}/{step:plan|take-up}")
    String plan(
            @PathVariable UUID id,
            @PathVariable String step,
            Precondition precondition,
            @Valid @ModelAttribute("form") InvestigationForm form,
            BindingResult errors,
            Viewer viewer,
            Locale locale,
            Model model) {
        return Forms.submit(errors, () -> show(id, viewer, locale, model), () -> {
            if (step.equals("plan")) {
                desk.plan(id, precondition, form.plan(), viewer);
            } else {
                desk.takeUp(id, precondition, form.plan(), viewer);
            }
            return "redirect:/investigations/" + id;
        });
    }

    @PostMapping("/investigations/{id}/close")
    String close(
            @PathVariable UUID id,
            Precondition precondition,
            @RequestParam(required = false) String reason,
            Viewer viewer,
            RedirectAttributes flash) {
        return refusedAsFlash(id, flash, () -> closing.close(id, precondition, reason, viewer));
    }

    @PostMapping("/investigations/{id}/decline")
    String decline(
            @PathVariable UUID id,
            Precondition precondition,
            @RequestParam(required = false) String reason,
            Viewer viewer,
            RedirectAttributes flash) {
        return refusedAsFlash(id, flash, () -> desk.decline(id, precondition, reason, viewer));
    }

    /** A fact with its evidence files, all or nothing; a refusal comes back beside the fact's form. */
    @PostMapping("/investigations/{id}/facts")
    String addFact(
            @PathVariable UUID id,
            Precondition precondition,
            @ModelAttribute FactForm fact,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Viewer viewer,
            RedirectAttributes flash) {
        var zone = choices.zoneOf(desk.investigation(id, viewer).siteId());
        var added = Forms.stepTaken(
                flash,
                "stepRefused",
                () -> desk.addFact(id, precondition, fact.command(zone), FactForm.contents(files), viewer));
        if (!added) {
            flash.addFlashAttribute("fact", fact);
        }
        return "redirect:/investigations/" + id;
    }

    private static String refusedAsFlash(UUID id, RedirectAttributes flash, Runnable step) {
        Forms.stepTaken(flash, "stepRefused", step);
        return "redirect:/investigations/" + id;
    }

    private static List<InvestigatedRecord> readableCodes(InvestigationForm form) {
        try {
            return form.investigated();
        } catch (InvalidRequestException notRecords) {
            return List.of();
        }
    }

    @PostMapping("/investigations/{id}/void")
    String voidInvestigation(
            @PathVariable UUID id, @RequestParam String reason, Viewer viewer, RedirectAttributes flash) {
        return Forms.voiding("/investigations/" + id, flash, () -> desk.voidInvestigation(id, reason, viewer));
    }

    @GetMapping("/investigations/{id}/facts/{factId}/evidence/{fileId}")
    ResponseEntity<byte[]> evidence(
            @PathVariable UUID id, @PathVariable UUID factId, @PathVariable UUID fileId, Viewer viewer) {
        var file = desk.evidenceFile(id, factId, fileId, viewer);
        return Pictures.response(file.contentType(), file.content());
    }

    private static InvestigationForm formOf(Investigation investigation) {
        return new InvestigationForm(
                investigation.records().stream().map(InvestigationForm::code).toList(),
                investigation.title(),
                investigation.leaderPersonId(),
                investigation.memberPersonIds(),
                investigation.dueDate());
    }

    private static void requireOpener(Viewer viewer) {
        if (!InvestigationAccess.canOpen(viewer)) {
            throw new AccessDeniedException("opening investigations");
        }
    }
}
