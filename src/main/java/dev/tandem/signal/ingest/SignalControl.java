package dev.tandem.signal.ingest;

import static dev.tandem.shared.Role.ADMIN;
import static dev.tandem.shared.Role.DIRECTOR;
import static dev.tandem.shared.Role.HSE_SPECIALIST;
import static dev.tandem.shared.Role.LINE_MANAGER;

import dev.tandem.event.EarlyWarnings;
import dev.tandem.event.EarlyWarnings.WarningTally;
import dev.tandem.event.EventReporting;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What people and integrations do with the signal pipeline, each with its role rule. All of it belongs to the
 * owner company: a contractor's people are refused. Samples are sent and files replayed by administrators (an
 * integration's account) and the safety department; they, line managers and directors read how ingestion goes;
 * the safety department, line managers (after a repair on their ground) and administrators tell a detector to learn
 * normal operation afresh, and each such request is recorded.
 */
@Service
public class SignalControl {

    private static final Role[] LEARN_AGAIN = {ADMIN, HSE_SPECIALIST, LINE_MANAGER};
    private static final int REASON_LENGTH = 500;

    private final SignalIngestion ingestion;
    private final SampleUploads uploads;
    private final WarningStore store;
    private final EarlyWarnings warnings;
    private final EventReporting events;
    private final EquipmentReach reach;

    SignalControl(
            SignalIngestion ingestion,
            SampleUploads uploads,
            WarningStore store,
            EarlyWarnings warnings,
            EventReporting events,
            EquipmentReach reach) {
        this.ingestion = ingestion;
        this.uploads = uploads;
        this.store = store;
        this.warnings = warnings;
        this.events = events;
        this.reach = reach;
    }

    /** How ingestion goes, every equipment's stream and its warnings so far. */
    public record Overview(IngestionReport ingestion, List<StreamStatus> streams, List<WarningTally> warnings) {

        public WarningTally tally(UUID equipmentId) {
            return warnings.stream()
                    .filter(tally -> tally.equipmentId().equals(equipmentId))
                    .findFirst()
                    .orElse(new WarningTally(equipmentId, 0, 0, 0));
        }
    }

    public IngestionResult samples(String body, Viewer viewer) {
        viewer.requireOwnerRole(ADMIN, HSE_SPECIALIST);
        return uploads.batch(body);
    }

    public IngestionResult replay(InputStream csv, Viewer viewer) {
        viewer.requireOwnerRole(ADMIN, HSE_SPECIALIST);
        return uploads.replay(csv);
    }

    public Overview overview(Viewer viewer) {
        viewer.requireOwnerRole(ADMIN, HSE_SPECIALIST, LINE_MANAGER, DIRECTOR);
        return new Overview(ingestion.report(), ingestion.streams(), warnings.tallies());
    }

    /**
     * The detector of the equipment forgets normal operation, stored state and all, and learns it from the next
     * samples; who asked, when and why is recorded.
     *
     * @param reason why, such as the repair after which the old normal no longer holds; may be blank
     */
    public void learnAgain(UUID equipmentId, String reason, Viewer viewer) {
        viewer.requireOwnerRole(LEARN_AGAIN);
        reach.require(equipmentId, viewer);
        var why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > REASON_LENGTH) {
            throw new InvalidRequestException("reason", "signal.reasonTooLong", REASON_LENGTH);
        }
        if (!ingestion.learnAgain(equipmentId, viewer, why)) {
            throw new NotFoundException("Signal stream of equipment", equipmentId);
        }
    }

    public boolean canLearnAgain(Viewer viewer) {
        return viewer.hasOwnerRole(LEARN_AGAIN);
    }

    /** The signals kept around an early warning the viewer may read, as JSON. */
    public Optional<String> window(UUID eventId, Viewer viewer) {
        return store.window(events.event(eventId, viewer).id());
    }

    /** What alarm management folded into an early warning the viewer may read. */
    public WarningFolds.Fold fold(UUID eventId, Viewer viewer) {
        var id = events.event(eventId, viewer).id();
        return store.fold(id).orElseThrow(() -> new NotFoundException("Early warning", eventId));
    }

    /** The same, or nothing for an event no detector raised. */
    public Optional<WarningFolds.Fold> foldOf(UUID eventId, Viewer viewer) {
        return store.fold(events.event(eventId, viewer).id());
    }

    public boolean canSend(Viewer viewer) {
        return viewer.hasOwnerRole(ADMIN, HSE_SPECIALIST);
    }

    public boolean canRead(Viewer viewer) {
        return viewer.hasOwnerRole(ADMIN, HSE_SPECIALIST, LINE_MANAGER, DIRECTOR);
    }
}
