package dev.tandem.training.web;

import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.IdempotentCreates;
import dev.tandem.shared.web.Versions;
import dev.tandem.training.RecordSession;
import dev.tandem.training.TrainingEvidence;
import dev.tandem.training.TrainingLog;
import dev.tandem.training.TrainingSession;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Training sessions: a sign-in sheet of attendees recorded at once, each attendee's result a record of its own. */
@RestController
@RequestMapping("/api/v1/training-sessions")
class TrainingSessionApi {

    private final TrainingLog log;
    private final TrainingEvidence evidence;
    private final History history;

    TrainingSessionApi(TrainingLog log, TrainingEvidence evidence, History history) {
        this.log = log;
        this.evidence = evidence;
        this.history = history;
    }

    /** Records a session and its attendees' records, all or none; the same id again returns the stored session. */
    @PostMapping
    ResponseEntity<SessionView> record(@Valid @RequestBody RecordSession sheet, Viewer viewer) {
        var created = log.recordSession(sheet, viewer);
        var session = created.record();
        return IdempotentCreates.answer(created.isNew(), URI.create("/api/v1/training-sessions/" + session.id()))
                .eTag("\"" + session.version() + "\"")
                .body(view(session, viewer));
    }

    @GetMapping("/{id}")
    ResponseEntity<SessionView> get(@PathVariable UUID id, Viewer viewer) {
        var session = log.session(id, viewer);
        return Versions.tagged(session.version(), view(session, viewer));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id, Viewer viewer) {
        return history.of(log.session(id, viewer));
    }

    private SessionView view(TrainingSession session, Viewer viewer) {
        return new SessionView(
                session.id(),
                session.competenceId(),
                session.heldOn(),
                session.trainer(),
                session.provider(),
                session.evidenceReference(),
                session.organisationId(),
                log.attendees(session, viewer).stream()
                        .map(record -> TrainingRecordView.of(record, evidence.of(record.id())))
                        .toList());
    }

    /** A session with the records of its attendees the viewer reads. */
    record SessionView(
            UUID id,
            UUID competenceId,
            LocalDate heldOn,
            String trainer,
            String provider,
            String evidenceReference,
            UUID organisationId,
            List<TrainingRecordView> records) {}
}
