package dev.tandem.meeting.web;

import dev.tandem.history.HistoryEntry;
import dev.tandem.meeting.committees.Committee;
import dev.tandem.meeting.committees.CommitteePlanning;
import dev.tandem.meeting.committees.SetCommittee;
import dev.tandem.meeting.web.MeetingViews.CommitteeView;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.OptionalPrecondition;
import dev.tandem.shared.web.Versions;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Each site's safety committee over the API: its members, its monthly schedule and its next meeting due. Its meetings
 * are opened as any meeting is, with the site's id instead of an engagement's.
 */
@RestController
@RequestMapping("/api/v1/meetings/committees")
class CommitteeApi {

    private final CommitteePlanning planning;
    private final MeetingViews views;

    CommitteeApi(CommitteePlanning planning, MeetingViews views) {
        this.planning = planning;
        this.views = views;
    }

    @GetMapping("/{siteId}")
    ResponseEntity<CommitteeView> get(@PathVariable UUID siteId, Viewer viewer) {
        return view(committee(siteId, viewer));
    }

    /** Sets up the site's committee, or changes it (with the version read as {@code If-Match}). */
    @PutMapping("/{siteId}")
    ResponseEntity<CommitteeView> set(
            @PathVariable UUID siteId,
            @OptionalPrecondition Precondition precondition,
            @Valid @RequestBody SetCommittee set,
            Viewer viewer) {
        return view(planning.set(siteId, precondition, set, viewer));
    }

    @GetMapping("/{siteId}/history")
    List<HistoryEntry> history(@PathVariable UUID siteId, Viewer viewer) {
        return planning.history(committee(siteId, viewer));
    }

    private Committee committee(UUID siteId, Viewer viewer) {
        return planning.committee(siteId, viewer).orElseThrow(() -> new NotFoundException("Committee", siteId));
    }

    private ResponseEntity<CommitteeView> view(Committee committee) {
        return Versions.tagged(committee.version(), views.of(committee, planning.next(committee)));
    }
}
