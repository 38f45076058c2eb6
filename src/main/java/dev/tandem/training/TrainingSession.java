package dev.tandem.training;

import dev.tandem.history.KeptOutOfHistory;
import dev.tandem.history.Recorded;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A course held on one day by a trainer or provider, with a sign-in sheet of attendees; each attendee's result is a
 * training record that names the session. A contractor's supervisor's session belongs to their organisation.
 */
public class TrainingSession implements Recorded {

    @Id
    private final UUID id;

    private final UUID competenceId;
    private final LocalDate heldOn;
    private final String trainer;
    private final String provider;
    private final String evidenceReference;
    private final UUID organisationId;

    @KeptOutOfHistory("the time of the history's CREATED entry")
    private final Instant createdAt;

    @Version
    private Long version;

    @PersistenceCreator
    TrainingSession(
            UUID id,
            UUID competenceId,
            LocalDate heldOn,
            String trainer,
            String provider,
            String evidenceReference,
            UUID organisationId,
            Instant createdAt,
            Long version) {
        this.id = id;
        this.competenceId = competenceId;
        this.heldOn = heldOn;
        this.trainer = trainer;
        this.provider = provider;
        this.evidenceReference = evidenceReference;
        this.organisationId = organisationId;
        this.createdAt = createdAt;
        this.version = version;
    }

    /** @param organisationId the recorder's organisation when a contractor's, else null */
    static TrainingSession held(UUID id, RecordSession session, UUID organisationId, Instant now) {
        return new TrainingSession(
                id,
                session.competenceId(),
                session.heldOn(),
                blankless(session.trainer()),
                blankless(session.provider()),
                blankless(session.evidenceReference()),
                organisationId,
                now,
                null);
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public String recordType() {
        return "training-session";
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Long version() {
        return version;
    }

    public UUID competenceId() {
        return competenceId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String trainer() {
        return trainer;
    }

    public String provider() {
        return provider;
    }

    public String evidenceReference() {
        return evidenceReference;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Recorded.fields(
                "competenceId", competenceId,
                "heldOn", heldOn,
                "trainer", trainer,
                "provider", provider,
                "evidenceReference", evidenceReference,
                "organisationId", organisationId);
    }
}
