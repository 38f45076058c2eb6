package dev.tandem.investigation.web;

import dev.tandem.history.HistoryEntry;
import dev.tandem.investigation.Lesson;
import dev.tandem.investigation.LessonDesk;
import dev.tandem.investigation.LessonText;
import dev.tandem.investigation.lessons.LessonQueries;
import dev.tandem.investigation.lessons.LessonQueries.LessonFilter;
import dev.tandem.investigation.lessons.LessonQueries.LessonRow;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.IdempotentCreates;
import dev.tandem.shared.web.ListApiController;
import dev.tandem.shared.web.Versions;
import dev.tandem.shared.web.VoidRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The library of lessons learned over the API, and each card's way from draft to published with the version read as
 * {@code If-Match}: written (in one language, then perhaps the other) and submitted by the investigation's team,
 * published or returned by the safety department.
 */
@RestController
@RequestMapping("/api/v1/lessons")
class LessonApi extends ListApiController<LessonFilter, LessonRow> {

    private final LessonDesk desk;

    LessonApi(LessonDesk desk, LessonQueries queries, LessonExports exports) {
        super(
                (filter, paging, viewer) -> queries.lessons(filter, paging, viewer, LessonExports.language()),
                exports::lessons);
        this.desk = desk;
    }

    /** A card's four parts in one language, {@code en} or {@code ru}. */
    record LessonTextRequest(
            String language,
            @Size(max = 4000) String happened,
            @Size(max = 4000) String why,
            @Size(max = 4000) String learned,
            @Size(max = 4000) String did) {

        LessonText text() {
            return new LessonText(language, happened, why, learned, did);
        }
    }

    record PublishRequest(boolean showOnScreens) {}

    record ReturnRequest(@Size(max = 4000) String comment) {}

    record ScreensRequest(boolean shown) {}

    @GetMapping("/{id}")
    ResponseEntity<LessonView> get(@PathVariable UUID id, Viewer viewer) {
        return view(desk.lesson(id, viewer), viewer);
    }

    /** The card's text in one language written again, or given in the other. */
    @PutMapping("/{id}/texts")
    ResponseEntity<LessonView> write(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody LessonTextRequest request,
            Viewer viewer) {
        return view(desk.write(id, precondition, request.text(), viewer), viewer);
    }

    @PostMapping("/{id}/submit")
    ResponseEntity<LessonView> submit(@PathVariable UUID id, Precondition precondition, Viewer viewer) {
        return view(desk.submit(id, precondition, viewer), viewer);
    }

    @PostMapping("/{id}/publish")
    ResponseEntity<LessonView> publish(
            @PathVariable UUID id, Precondition precondition, @RequestBody PublishRequest request, Viewer viewer) {
        return view(desk.publish(id, precondition, request.showOnScreens(), viewer), viewer);
    }

    @PostMapping("/{id}/return")
    ResponseEntity<LessonView> returnToTeam(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody ReturnRequest request,
            Viewer viewer) {
        return view(desk.returnWith(id, precondition, request.comment(), viewer), viewer);
    }

    @PostMapping("/{id}/screens")
    ResponseEntity<LessonView> screens(
            @PathVariable UUID id, Precondition precondition, @RequestBody ScreensRequest request, Viewer viewer) {
        return view(desk.showOnScreens(id, precondition, request.shown(), viewer), viewer);
    }

    @PostMapping("/{id}/void")
    ResponseEntity<LessonView> voidLesson(
            @PathVariable UUID id, @Valid @RequestBody VoidRequest request, Viewer viewer) {
        return view(desk.voidLesson(id, request.reason(), viewer), viewer);
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id, Viewer viewer) {
        return desk.history(id, viewer);
    }

    private ResponseEntity<LessonView> view(Lesson lesson, Viewer viewer) {
        return Versions.tagged(
                lesson.version(),
                LessonView.of(lesson, desk.investigationOf(lesson, viewer).isPresent()));
    }

    /** Drafting a card on an investigation: the same id again returns the stored card and writes nothing. */
    @RestController
    @RequestMapping("/api/v1/investigations/{investigationId}/lesson")
    static class Drafting {

        private final LessonDesk desk;

        Drafting(LessonDesk desk) {
            this.desk = desk;
        }

        record DraftRequest(
                UUID id,
                String language,
                @Size(max = 4000) String happened,
                @Size(max = 4000) String why,
                @Size(max = 4000) String learned,
                @Size(max = 4000) String did) {}

        @PostMapping
        ResponseEntity<LessonView> draft(
                @PathVariable UUID investigationId, @Valid @RequestBody DraftRequest request, Viewer viewer) {
            var drafted = desk.draft(
                    investigationId,
                    request.id(),
                    new LessonText(
                            request.language(), request.happened(), request.why(), request.learned(), request.did()),
                    viewer);
            return IdempotentCreates.answer(
                    drafted.isNew(),
                    "/api/v1/lessons/",
                    drafted.record().id(),
                    LessonView.of(
                            drafted.record(),
                            desk.investigationOf(drafted.record(), viewer).isPresent()));
        }
    }
}
