package dev.tandem.meeting.web;

import dev.tandem.meeting.MeetingAccess;
import dev.tandem.meeting.committees.CommitteePlanning;
import dev.tandem.meeting.holding.ItemOutcome;
import dev.tandem.meeting.holding.MeetingDesk;
import dev.tandem.meeting.holding.MeetingKind;
import dev.tandem.meeting.holding.MeetingQueries;
import dev.tandem.meeting.holding.MeetingQueries.MeetingFilter;
import dev.tandem.meeting.holding.MeetingStatus;
import dev.tandem.meeting.holding.RecordDecision;
import dev.tandem.meeting.rotations.RotationFigures;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The meetings' pages: the list, the figures, and a meeting's page, on which its mentor holds it from a tablet or a
 * phone (agenda, attendees, decisions), each step a button; a step the rules refuse comes back as a message on the
 * page and changes nothing.
 */
@Controller
class MeetingController {

    private static final int PANEL_LINES = 5;

    private final MeetingDesk desk;
    private final MeetingQueries queries;
    private final RotationFigures figures;
    private final MeetingPages pages;
    private final OrganisationQueries organisations;
    private final MeetingExports exports;

    MeetingController(
            MeetingDesk desk,
            MeetingQueries queries,
            RotationFigures figures,
            MeetingPages pages,
            OrganisationQueries organisations,
            MeetingExports exports) {
        this.organisations = organisations;
        this.exports = exports;
        this.desk = desk;
        this.queries = queries;
        this.figures = figures;
        this.pages = pages;
    }

    @GetMapping("/meetings")
    String list(@ModelAttribute("filter") MeetingFilter filter, Paging paging, Viewer viewer, Model model) {
        model.addAttribute("page", queries.meetings(filter, paging, viewer));
        model.addAttribute(
                "committeeSites", CommitteePlanning.readsCommittees(viewer) ? organisations.places() : List.of());
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("statuses", MeetingStatus.values());
        model.addAttribute("sites", organisations.siteOptions());
        model.addAttribute("contractors", organisations.contractorOptions(viewer));
        return "meeting/list";
    }

    @GetMapping("/meetings/export")
    ResponseEntity<StreamingResponseBody> export(
            @ModelAttribute("filter") MeetingFilter filter,
            Paging paging,
            @RequestParam(required = false) String format,
            Viewer viewer) {
        return exports.meetings(format, filter, paging, viewer);
    }

    @GetMapping("/meetings/figures")
    String figures(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Viewer viewer,
            Model model) {
        model.addAttribute("figures", figures.figures(from, to, null, viewer));
        return "meeting/figures";
    }

    /**
     * The dashboard's panel for its site or contractor: the share of the last twelve months' rotations that had a
     * meeting, and the contractors with rotations without one (at the site, for a site's); nothing for those who read no
     * meetings. A contractor's panel counts its rotations at every site; a site's counts that site's only.
     */
    @GetMapping("/meetings/figures/panel")
    String panel(
            @RequestParam(required = false) UUID site,
            @RequestParam(required = false) UUID organisation,
            Viewer viewer,
            Model model) {
        if (!MeetingAccess.readsMeetings(viewer)) {
            return "meeting/figures :: nothing";
        }
        var all = figures.figures(null, null, organisation == null ? site : null, viewer);
        var lines = organisation != null ? all.contractors() : site != null ? all.sites() : List.of(all.total());
        var key = organisation != null ? organisation : site;
        model.addAttribute("figures", all);
        model.addAttribute(
                "line",
                lines.stream()
                        .filter(line -> key == null || key.equals(line.id()))
                        .findFirst()
                        .orElse(null));
        model.addAttribute(
                "missing",
                all.contractors().stream()
                        .filter(line -> line.missed() > 0)
                        .filter(line -> organisation == null || organisation.equals(line.id()))
                        .limit(PANEL_LINES)
                        .toList());
        return "meeting/figures :: panel";
    }

    /** An engagement's rotations and meetings, its pattern and a new meeting for those who hold them. */
    @GetMapping("/meetings/engagements/{engagementId}")
    String engagement(@PathVariable UUID engagementId, Viewer viewer, Model model) {
        pages.engagement(engagementId, viewer, model);
        return "meeting/engagement";
    }

    @PostMapping("/meetings/engagements/{engagementId}/pattern")
    String setPattern(
            @PathVariable UUID engagementId,
            Precondition precondition,
            @RequestParam(required = false) String blocks,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) String changesAt,
            Viewer viewer,
            RedirectAttributes flash) {
        Forms.stepTaken(
                flash,
                "refused",
                () -> pages.setPattern(engagementId, precondition, blocks, startsOn, changesAt, viewer));
        return "redirect:/meetings/engagements/" + engagementId;
    }

    /** Opens a meeting at a day and time on the site's clock, and goes to its page. */
    @PostMapping("/meetings/engagements/{engagementId}/new")
    String open(
            @PathVariable UUID engagementId,
            @RequestParam UUID id,
            @RequestParam(required = false) String day,
            @RequestParam(required = false) String time,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) String language,
            Viewer viewer,
            RedirectAttributes flash) {
        var opened = pages.open(
                engagementId, null, new MeetingPages.NewMeeting(id, day, time, place, language), viewer, flash);
        return opened == null ? "redirect:/meetings/engagements/" + engagementId : "redirect:/meetings/" + opened;
    }

    @GetMapping("/meetings/{id}")
    String show(@PathVariable UUID id, Viewer viewer, Model model) {
        pages.meeting(id, viewer, model);
        return "meeting/detail";
    }

    /** The minutes as a PDF in the meeting's language, from the meeting's page and over the API alike. */
    @GetMapping({"/meetings/{id}/minutes.pdf", "/api/v1/meetings/{id}/minutes.pdf"})
    ResponseEntity<byte[]> minutes(@PathVariable UUID id, Viewer viewer) {
        return pages.minutes(id, viewer);
    }

    @PostMapping("/meetings/{id}/attendees")
    String attend(
            @PathVariable UUID id,
            Precondition precondition,
            @RequestParam(required = false) UUID personId,
            @RequestParam(defaultValue = "true") boolean present,
            Viewer viewer,
            RedirectAttributes flash) {
        Forms.stepTaken(flash, "refused", () -> desk.attend(id, precondition, personId, present, viewer));
        return "redirect:/meetings/" + id + "#attendees";
    }

    @PostMapping("/meetings/{id}/attendees/{personId}/remove")
    String removeAttendee(
            @PathVariable UUID id,
            @PathVariable UUID personId,
            Precondition precondition,
            Viewer viewer,
            RedirectAttributes flash) {
        Forms.stepTaken(flash, "refused", () -> desk.removeAttendee(id, precondition, personId, viewer));
        return "redirect:/meetings/" + id + "#attendees";
    }

    @PostMapping("/meetings/{id}/items")
    String addItem(
            @PathVariable UUID id,
            Precondition precondition,
            @RequestParam(required = false) String title,
            Viewer viewer,
            RedirectAttributes flash) {
        Forms.stepTaken(flash, "refused", () -> desk.addItem(id, precondition, title, viewer));
        return "redirect:/meetings/" + id + "#agenda";
    }

    @PostMapping("/meetings/{id}/items/{itemId}")
    String conclude(
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            Precondition precondition,
            @RequestParam(required = false) ItemOutcome outcome,
            @RequestParam(required = false) String note,
            Viewer viewer,
            RedirectAttributes flash) {
        Forms.stepTaken(flash, "refused", () -> desk.conclude(id, precondition, itemId, outcome, note, viewer));
        return "redirect:/meetings/" + id + "#item-" + itemId;
    }

    @PostMapping("/meetings/{id}/decisions")
    String decide(
            @PathVariable UUID id,
            Precondition precondition,
            @RequestParam(required = false) UUID decisionId,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) UUID ownerPersonId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
            Viewer viewer,
            RedirectAttributes flash) {
        var taken = Forms.stepTaken(
                flash,
                "decisionRefused",
                () -> desk.decide(
                        id, precondition, new RecordDecision(decisionId, text, ownerPersonId, dueDate), viewer));
        if (!taken) {
            flash.addFlashAttribute("decisionText", text);
        }
        return "redirect:/meetings/" + id + "#decisions";
    }

    @PostMapping("/meetings/{id}/close")
    String close(@PathVariable UUID id, Precondition precondition, Viewer viewer, RedirectAttributes flash) {
        Forms.stepTaken(flash, "refused", () -> desk.close(id, precondition, viewer));
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/void")
    String voidMeeting(@PathVariable UUID id, @RequestParam String reason, Viewer viewer, RedirectAttributes flash) {
        return Forms.voiding("/meetings/" + id, flash, () -> desk.voidMeeting(id, reason, viewer));
    }
}
