package dev.tandem.contractor.web;

import dev.tandem.contractor.mentoring.MentorWorkspace;
import dev.tandem.contractor.mentoring.MentorWorkspace.MentoredContractor;
import dev.tandem.shared.Viewer;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The mentor's workspace, "my contractors": a page, and the same over the API. */
@Controller
class MentorController {

    private final MentorWorkspace workspace;

    MentorController(MentorWorkspace workspace) {
        this.workspace = workspace;
    }

    @GetMapping("/contractors/mine")
    String page(Viewer viewer, Model model) {
        model.addAttribute("contractors", workspace.of(viewer));
        model.addAttribute("recentDays", MentorWorkspace.RECENT_DAYS);
        return "contractor/mine";
    }

    @GetMapping("/api/v1/contractors/mine")
    @ResponseBody
    List<MentoredContractor> api(Viewer viewer) {
        return workspace.of(viewer);
    }
}
