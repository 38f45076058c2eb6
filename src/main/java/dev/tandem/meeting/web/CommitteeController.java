package dev.tandem.meeting.web;

import dev.tandem.meeting.committees.CommitteePlanning;
import dev.tandem.meeting.committees.SetCommittee;
import dev.tandem.meeting.holding.MeetingQueries;
import dev.tandem.meeting.holding.MeetingQueries.MeetingFilter;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A site's safety committee's page: its schedule and members, its next meeting due, its meetings, and a new one for
 * the site's managers and safety department; the meeting itself is held on the same page as any meeting.
 */
@Controller
class CommitteeController {

    private final CommitteePlanning planning;
    private final MeetingPages pages;
    private final MeetingQueries queries;
    private final MeetingPeople people;
    private final PlantStructure plant;
    private final MeetingViews views;

    CommitteeController(
            CommitteePlanning planning,
            MeetingPages pages,
            MeetingQueries queries,
            MeetingPeople people,
            PlantStructure plant,
            MeetingViews views) {
        this.planning = planning;
        this.pages = pages;
        this.queries = queries;
        this.people = people;
        this.plant = plant;
        this.views = views;
    }

    @GetMapping("/meetings/committees/{siteId}")
    String committee(@PathVariable UUID siteId, Viewer viewer, Model model) {
        var committee = planning.committee(siteId, viewer);
        var canHold = dev.tandem.meeting.MeetingAccess.canHoldCommittee(viewer, siteId);
        model.addAttribute("siteId", siteId);
        model.addAttribute("siteName", plant.site(siteId).name());
        model.addAttribute("zone", plant.siteTimes().zone(siteId));
        model.addAttribute(
                "committee", committee.map(c -> views.of(c, planning.next(c))).orElse(null));
        model.addAttribute("version", committee.map(c -> c.version()).orElse(null));
        model.addAttribute("canHold", canHold);
        model.addAttribute("meetings", queries.meetings(MeetingFilter.ofCommittee(siteId), Paging.first(100), viewer));
        model.addAttribute("people", canHold ? people.siteStaff(siteId, viewer) : List.of());
        model.addAttribute(
                "memberIds",
                committee
                        .map(c -> c.members().stream()
                                .map(member -> member.personId())
                                .collect(Collectors.toSet()))
                        .orElse(Set.of()));
        model.addAttribute("newId", UUID.randomUUID());
        model.addAttribute("plantLanguage", plant.enterprise().language());
        model.addAttribute("history", committee.map(planning::history).orElse(List.of()));
        return "meeting/committee";
    }

    @PostMapping("/meetings/committees/{siteId}")
    String set(
            @PathVariable UUID siteId,
            Precondition precondition,
            @RequestParam(required = false) Integer dayOfMonth,
            @RequestParam(required = false) String meetsAt,
            @RequestParam(required = false) List<UUID> memberIds,
            Viewer viewer,
            RedirectAttributes flash) {
        Forms.stepTaken(
                flash,
                "refused",
                () -> planning.set(siteId, precondition, new SetCommittee(dayOfMonth, meetsAt, memberIds), viewer));
        return "redirect:/meetings/committees/" + siteId;
    }

    /** Opens a committee meeting at a day and time on the site's clock, and goes to its page. */
    @PostMapping("/meetings/committees/{siteId}/new")
    String open(
            @PathVariable UUID siteId,
            @RequestParam UUID id,
            @RequestParam(required = false) String day,
            @RequestParam(required = false) String time,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) String language,
            Viewer viewer,
            RedirectAttributes flash) {
        var opened =
                pages.open(null, siteId, new MeetingPages.NewMeeting(id, day, time, place, language), viewer, flash);
        return opened == null ? "redirect:/meetings/committees/" + siteId : "redirect:/meetings/" + opened;
    }
}
