package dev.tandem.notification;

import dev.tandem.contractor.ContractorAccess;
import dev.tandem.contractor.ContractorDocument;
import dev.tandem.contractor.DocumentFiling;
import dev.tandem.contractor.DocumentReminders;
import dev.tandem.notification.NotificationKinds.RecordTypes;
import dev.tandem.shared.Viewer;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Contractors' documents, which belong to no site: the contractor's supervisors and the safety department hear of their
 * expiry, which needs no more telling once the document is voided or a later one renews it.
 */
@Component
class ContractorDocumentSubjects implements SubjectSource {

    private final DocumentFiling filing;
    private final DocumentReminders reminders;

    ContractorDocumentSubjects(DocumentFiling filing, DocumentReminders reminders) {
        this.filing = filing;
        this.reminders = reminders;
    }

    @Override
    public String type() {
        return RecordTypes.CONTRACTOR_DOCUMENT;
    }

    @Override
    public Optional<Subject> find(UUID id) {
        return document(id).map(Subject.class::cast);
    }

    Optional<DocumentSubject> document(UUID id) {
        return filing.findDocument(id).map(document -> new DocumentSubject(document, reminders));
    }

    record DocumentSubject(ContractorDocument document, DocumentReminders reminders) implements Subject {

        @Override
        public RecordLink link() {
            return new RecordLink(
                    RecordTypes.CONTRACTOR_DOCUMENT, document.id(), "/contractors/" + document.organisationId());
        }

        @Override
        public UUID siteId() {
            return null;
        }

        @Override
        public UUID areaId() {
            return null;
        }

        @Override
        public UUID organisationId() {
            return document.organisationId();
        }

        @Override
        public UUID ownerPersonId() {
            return null;
        }

        @Override
        public boolean readableBy(Viewer viewer) {
            return ContractorAccess.canRead(viewer, document.organisationId());
        }

        @Override
        public boolean settledFor(String kind) {
            return document.isVoided() || reminders.renewed(document.id());
        }
    }
}
