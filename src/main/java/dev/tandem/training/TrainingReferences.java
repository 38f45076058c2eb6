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
import java.util.HashMap;
import java.util.UUID;
import java.util.function.Function;
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
        rules(details, competence, today(person.siteId()), (name, code, arguments) -> {
            throw new InvalidRequestException(field + name, code, arguments);
        });
        requireFreeExternalId(details.externalId(), recordId);
        return new TrainingRecord.Checked(details, person.organisationId(), competence);
    }

    /** A rule a record's details break: the field, the message code and its arguments. */
    @FunctionalInterface
    interface Broken {
        void rule(String field, String code, Object... arguments);
    }

    /**
     * The rules of a record's details once its person and competence are known: a completion day that has come on the
     * person's site ({@code today}), an expiry not before it, the proof a pass of the competence needs. Each rule
     * broken is told to {@code broken}.
     */
    static void rules(RecordTraining details, Competence competence, LocalDate today, Broken broken) {
        if (details.completedOn().isAfter(today)) {
            broken.rule("completedOn", "training.rule.completedInFuture", today);
        }
        if (details.expiresOn() != null && details.expiresOn().isBefore(details.completedOn())) {
            broken.rule("expiresOn", "training.rule.expiryBeforeCompletion");
        }
        if (details.result() == TrainingResult.PASSED
                && competence.evidence().needsReference()
                && (details.evidenceReference() == null
                        || details.evidenceReference().isBlank())) {
            broken.rule("evidenceReference", "training.rule.evidenceNeeded");
        }
    }

    /** Today on the site, or in the enterprise's zone for a person on no site. */
    LocalDate today(UUID siteId) {
        return LocalDate.now(clock.withZone(plant.siteTimes().zone(siteId)));
    }

    /** Today on each site (the enterprise's for no site), the zones read once: for checking many records. */
    Function<UUID, LocalDate> todays() {
        var times = plant.siteTimes();
        var now = clock.instant();
        var days = new HashMap<UUID, LocalDate>();
        return siteId -> days.computeIfAbsent(siteId, site -> LocalDate.ofInstant(now, times.zone(site)));
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
