package dev.tandem.investigation;

import dev.tandem.history.AuditedRecords;
import dev.tandem.history.Created;
import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.investigation.lessons.LessonAccess;
import dev.tandem.investigation.store.Investigations;
import dev.tandem.investigation.store.Lessons;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lesson cards from draft to library: drafted on an open or closed investigation by its team, written in one language
 * or both, never naming anyone of the investigation; submitted, then published or returned by the safety department.
 * Every change is in the card's history.
 */
@Service
@Transactional
public class LessonDesk {

    private final Lessons lessons;
    private final AuditedRecords<Lesson> records;
    private final History history;
    private final InvestigationDesk investigations;
    private final LessonSources sources;
    private final Clock clock;

    LessonDesk(
            Lessons lessons,
            History history,
            Investigations stored,
            InvestigationDesk investigations,
            LessonSources sources,
            Clock clock) {
        this.lessons = lessons;
        this.records = history.auditing(lessons, (viewer, lesson) -> stored.findById(lesson.investigationId())
                .map(investigation -> LessonAccess.canRead(viewer, lesson, investigation))
                .orElse(false));
        this.history = history;
        this.investigations = investigations;
        this.sources = sources;
        this.clock = clock;
    }

    /** A card drafted on an investigation; the same id again returns the stored card and writes nothing. */
    public Created<Lesson> draft(UUID investigationId, UUID id, LessonText text, Viewer viewer) {
        var investigation = investigations.investigation(investigationId, viewer);
        requireWriter(viewer, investigation);
        return records.create(
                id,
                (replayer, stored) -> requireWriter(replayer, investigationFor(stored, replayer)),
                newId -> {
                    if (investigation.isVoided()
                            || !(investigation.status() == InvestigationStatus.OPEN
                                    || investigation.status() == InvestigationStatus.CLOSED)) {
                        throw new InvalidRequestException(
                                "investigationId", "lesson.rule.investigationStatus", investigation.status());
                    }
                    if (lessons.findByInvestigationId(investigationId).isPresent()) {
                        throw new InvalidRequestException("investigationId", "lesson.rule.oneCard");
                    }
                    Anonymity.require(text, sources.names(investigation));
                    return Lesson.drafted(
                            newId, investigationId, investigation.siteId(), sources.filing(investigation), text);
                },
                viewer);
    }

    /** The card's text in one language written again, or given in the other language. */
    public Lesson write(UUID id, Precondition precondition, LessonText text, Viewer viewer) {
        var lesson = lesson(id, viewer);
        var investigation = investigationFor(lesson, viewer);
        requireWriter(viewer, investigation);
        if (text != null) {
            Anonymity.require(text, sources.names(investigation));
        }
        return records.change(
                lesson, precondition, changed -> changed.write(text, sources.filing(investigation)), viewer);
    }

    public Lesson submit(UUID id, Precondition precondition, Viewer viewer) {
        var lesson = lesson(id, viewer);
        var investigation = investigationFor(lesson, viewer);
        requireWriter(viewer, investigation);
        anonymous(lesson, investigation);
        return records.change(
                lesson, precondition, changed -> changed.submit(sources.filing(investigation), now()), viewer);
    }

    /** Published by the safety department, once more checked for names (the team may have changed since). */
    public Lesson publish(UUID id, Precondition precondition, boolean onScreens, Viewer viewer) {
        var lesson = approvable(id, viewer);
        anonymous(lesson, investigationFor(lesson, Viewer.system()));
        return records.change(lesson, precondition, changed -> changed.publish(onScreens, now()), viewer);
    }

    public Lesson returnWith(UUID id, Precondition precondition, String comment, Viewer viewer) {
        return step(approvable(id, viewer), precondition, viewer, changed -> changed.returnWith(comment));
    }

    public Lesson showOnScreens(UUID id, Precondition precondition, boolean shown, Viewer viewer) {
        return step(approvable(id, viewer), precondition, viewer, changed -> changed.showOnScreens(shown));
    }

    public Lesson voidLesson(UUID id, String reason, Viewer viewer) {
        return records.voidRecord(approvable(id, viewer), reason, viewer);
    }

    /** A card the viewer may read. */
    @Transactional(readOnly = true)
    public Lesson lesson(UUID id, Viewer viewer) {
        return lessons.findById(id)
                .filter(lesson -> readable(lesson, viewer))
                .orElseThrow(() -> new NotFoundException("Lesson", id));
    }

    /** The card of an investigation the viewer reads, if it has one. */
    @Transactional(readOnly = true)
    public Optional<Lesson> ofInvestigation(Investigation investigation, Viewer viewer) {
        return lessons.findByInvestigationId(investigation.id()).filter(lesson -> readable(lesson, viewer));
    }

    /** The investigation the card comes from, when the viewer reads it: a contractor outside its team does not. */
    @Transactional(readOnly = true)
    public Optional<Investigation> investigationOf(Lesson lesson, Viewer viewer) {
        return investigations.findInvestigation(lesson.investigationId(), viewer);
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(UUID id, Viewer viewer) {
        return history.of(lesson(id, viewer));
    }

    /** An investigation the viewer reads, for its panel of the card. */
    @Transactional(readOnly = true)
    public Investigation investigation(UUID investigationId, Viewer viewer) {
        return investigations.investigation(investigationId, viewer);
    }

    /** An investigation whose card the viewer may write, for the form that drafts it. */
    @Transactional(readOnly = true)
    public Investigation investigationToWrite(UUID investigationId, Viewer viewer) {
        var investigation = investigations.investigation(investigationId, viewer);
        requireWriter(viewer, investigation);
        return investigation;
    }

    public static boolean canWrite(Viewer viewer, Investigation investigation) {
        return LessonAccess.canWrite(viewer, investigation);
    }

    private boolean readable(Lesson lesson, Viewer viewer) {
        return investigations
                .findInvestigation(lesson.investigationId(), Viewer.system())
                .map(investigation -> LessonAccess.canRead(viewer, lesson, investigation))
                .orElse(false);
    }

    private Investigation investigationFor(Lesson lesson, Viewer viewer) {
        return investigations.investigation(lesson.investigationId(), viewer);
    }

    private Lesson approvable(UUID id, Viewer viewer) {
        var lesson = lesson(id, viewer);
        if (!LessonAccess.canApprove(viewer)) {
            throw new AccessDeniedException("approving lessons");
        }
        return lesson;
    }

    private void anonymous(Lesson lesson, Investigation investigation) {
        var names = sources.names(investigation);
        lesson.texts().forEach(text -> Anonymity.require(text, names));
    }

    private static void requireWriter(Viewer viewer, Investigation investigation) {
        if (!LessonAccess.canWrite(viewer, investigation)) {
            throw new AccessDeniedException("writing this investigation's lesson");
        }
    }

    private Lesson step(Lesson lesson, Precondition precondition, Viewer viewer, Consumer<Lesson> change) {
        return records.change(lesson, precondition, change, viewer);
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
