package dev.tandem.training;

import dev.tandem.organisation.Membership;
import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Viewer;
import dev.tandem.training.access.TrainingAccess;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a training record names, checked against the plant and the catalogue before anything is written: a current
 * person the recorder may record for, a current competence, a completion day that has come on the person's site, an
 * expiry not before it, the proof a pass of the competence needs, an external id no other record has.
 */
@Component
class TrainingReferences {

    private final OrganisationDirectory directory;
    private final PlantStructure plant;
    private final CompetenceCatalogue catalogue;
    private final JdbcClient jdbc;
    private final Clock clock;

    TrainingReferences(
            OrganisationDirectory directory,
            PlantStructure plant,
            CompetenceCatalogue catalogue,
            JdbcClient jdbc,
            Clock clock) {
        this.directory = directory;
        this.plant = plant;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The details with their person's organisation and their competence, checked.
     *
     * @param field the prefix of the fields named in errors, such as {@code attendees[2].} for a session's line
     */
    TrainingRecord.Checked check(RecordTraining details, UUID recordId, Viewer viewer, String field) {
        var person = person(details.personId(), viewer, field + "personId");
        var competence = catalogue
                .currentCompetence(details.competenceId())
                .orElseThrow(
                        () -> new InvalidRequestException(field + "competenceId", "training.rule.noSuchCompetence"));
        var today = LocalDate.now(clock.withZone(plant.siteTimes().zone(person.siteId())));
        if (details.completedOn().isAfter(today)) {
            throw new InvalidRequestException(field + "completedOn", "training.rule.completedInFuture", today);
        }
        if (details.expiresOn() != null && details.expiresOn().isBefore(details.completedOn())) {
            throw new InvalidRequestException(field + "expiresOn", "training.rule.expiryBeforeCompletion");
        }
        if (details.result() == TrainingResult.PASSED
                && competence.evidence().needsReference()
                && (details.evidenceReference() == null
                        || details.evidenceReference().isBlank())) {
            throw new InvalidRequestException(field + "evidenceReference", "training.rule.evidenceNeeded");
        }
        requireFreeExternalId(details.externalId(), recordId);
        return new TrainingRecord.Checked(details, person.organisationId(), competence);
    }

    /** A current person the viewer records for; anyone else is unknown to them, so nothing is learnt of others. */
    Membership person(UUID personId, Viewer viewer, String field) {
        return directory
                .membership(personId)
                .filter(person -> TrainingAccess.canRecordFor(viewer, person))
                .orElseThrow(() -> new InvalidRequestException(field, "rule.noSuchPerson"));
    }

    private void requireFreeExternalId(String externalId, UUID recordId) {
        if (externalId == null || externalId.isBlank()) {
            return;
        }
        boolean taken = jdbc.sql(
                                "select count(*) from training_record where lower(external_id) = lower(:external) and id <> :id")
                        .param("external", externalId.strip())
                        .param("id", recordId)
                        .query(Long.class)
                        .single()
                > 0;
        if (taken) {
            throw new InvalidRequestException("externalId", "training.rule.externalIdTaken");
        }
    }

    Instant now() {
        return Instant.now(clock);
    }
}
