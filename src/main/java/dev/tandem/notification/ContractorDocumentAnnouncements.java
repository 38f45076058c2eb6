package dev.tandem.notification;

import dev.tandem.contractor.ContractorDocumentExpired;
import dev.tandem.contractor.ContractorDocumentExpiring;
import dev.tandem.organisation.OrganisationDirectory;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The contractor module's document reminders as notifications: a required document expiring within its policy's
 * warning days, and expired (which blocks new engagements). Who hears of each is the rules' business (by default the
 * contractor's supervisors and the safety department); one renewed or voided by the time it is handled is not told.
 */
@Component
class ContractorDocumentAnnouncements {

    private final ContractorDocumentSubjects subjects;
    private final OrganisationDirectory directory;
    private final Notifications notifications;

    ContractorDocumentAnnouncements(
            ContractorDocumentSubjects subjects, OrganisationDirectory directory, Notifications notifications) {
        this.subjects = subjects;
        this.directory = directory;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(ContractorDocumentExpiring expiring) {
        announce(
                NotificationKinds.CONTRACTOR_DOCUMENT_EXPIRING,
                expiring.documentId(),
                expiring.organisationId(),
                expiring.title(),
                expiring.validUntil());
    }

    @ApplicationModuleListener
    void on(ContractorDocumentExpired expired) {
        announce(
                NotificationKinds.CONTRACTOR_DOCUMENT_EXPIRED,
                expired.documentId(),
                expired.organisationId(),
                expired.title(),
                expired.validUntil());
    }

    private void announce(NotificationKind kind, UUID documentId, UUID organisationId, String title, LocalDate until) {
        var found = subjects.document(documentId);
        if (found.isEmpty() || found.get().settledFor(kind.key())) {
            return;
        }
        var contractor = directory.organisationName(organisationId).orElse("");
        notifications.post(
                new Announcement(
                        kind.key(), found.get().link(), until.toString(), List.of(title, contractor, until.toString())),
                found.get());
    }
}
