package dev.tandem.notification;

import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.training.CompetenceCatalogue;
import dev.tandem.training.TrainingExpired;
import dev.tandem.training.TrainingExpiring;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The training module's reminders as notifications: a person's training expiring within 30 days, and expired. Who
 * hears of each is the rules' business (by default the person and their contractor's supervisors); one renewed or
 * voided by the time it is handled is not told.
 */
@Component
class TrainingAnnouncements {

    private final TrainingSubjects subjects;
    private final CompetenceCatalogue catalogue;
    private final OrganisationDirectory directory;
    private final PlantStructure plant;
    private final Notifications notifications;

    TrainingAnnouncements(
            TrainingSubjects subjects,
            CompetenceCatalogue catalogue,
            OrganisationDirectory directory,
            PlantStructure plant,
            Notifications notifications) {
        this.subjects = subjects;
        this.catalogue = catalogue;
        this.directory = directory;
        this.plant = plant;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(TrainingExpiring expiring) {
        announce(
                NotificationKinds.TRAINING_EXPIRING,
                expiring.recordId(),
                expiring.personId(),
                expiring.competenceId(),
                expiring.expiresOn());
    }

    @ApplicationModuleListener
    void on(TrainingExpired expired) {
        announce(
                NotificationKinds.TRAINING_EXPIRED,
                expired.recordId(),
                expired.personId(),
                expired.competenceId(),
                expired.expiresOn());
    }

    /** Tells of the record, read once for all of it; nothing of a record that is gone, renewed or voided. */
    private void announce(NotificationKind kind, UUID recordId, UUID personId, UUID competenceId, LocalDate expiresOn) {
        var found = subjects.trainingRecord(recordId);
        if (found.isEmpty() || found.get().settledFor(kind.key())) {
            return;
        }
        var competence = catalogue
                .findCompetence(competenceId)
                .map(named -> named.name(plant.enterprise().locale()))
                .orElse("");
        var person = directory.personName(personId).orElse("");
        notifications.post(
                new Announcement(
                        kind.key(),
                        found.get().link(),
                        expiresOn.toString(),
                        List.of(competence, person, expiresOn.toString())),
                found.get());
    }
}
