package dev.tandem.meeting.web;

import dev.tandem.meeting.holding.MeetingDesk;
import dev.tandem.meeting.web.MeetingPeople.Side;
import dev.tandem.shared.Viewer;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The meeting page's person pickers: the people matching a search, for whoever holds the meeting only. */
@Controller
class MeetingPeopleController {

    private final MeetingDesk desk;
    private final MeetingPeople people;

    MeetingPeopleController(MeetingDesk desk, MeetingPeople people) {
        this.desk = desk;
        this.people = people;
    }

    @GetMapping("/meetings/{id}/people")
    String people(
            @PathVariable UUID id,
            @RequestParam(required = false) Side side,
            @RequestParam(required = false) String q,
            Viewer viewer,
            Model model) {
        var meeting = desk.meeting(id, viewer);
        if (!desk.canHold(meeting, viewer)) {
            throw new AccessDeniedException("holding this meeting");
        }
        model.addAttribute("owners", people.options(meeting, side, q, viewer));
        model.addAttribute("blank", "meeting.pickPerson");
        return "actions/owner-options";
    }
}
