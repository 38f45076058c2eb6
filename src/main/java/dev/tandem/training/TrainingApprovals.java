package dev.tandem.training;

import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import dev.tandem.training.access.TrainingAccess;
import dev.tandem.training.listing.TrainingFilter;
import dev.tandem.training.listing.TrainingQueries;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contractors' training records on their way to counting: the safety department's queue (how many wait, by
 * organisation) and what of one organisation still waits or came back, for its supervisor's portal.
 */
@Service
@Transactional(readOnly = true)
public class TrainingApprovals {

    /** How many records of an organisation wait for approval. */
    public record Queue(UUID organisationId, String organisationName, long records) {}

    /** A record that does not count yet: waiting for approval, or returned with what to change. */
    public record Unapproved(
            UUID id,
            UUID personId,
            String personName,
            String competenceEn,
            String competenceRu,
            LocalDate completedOn,
            ApprovalStatus status,
            String returnedComment) {

        public String competence(Locale locale) {
            return "ru".equals(locale.getLanguage()) ? competenceRu : competenceEn;
        }
    }

    private final TrainingQueries queries;

    TrainingApprovals(TrainingQueries queries) {
        this.queries = queries;
    }

    /** The safety department's queue; nobody else approves, so nobody else reads it. */
    public List<Queue> queue(Viewer viewer) {
        if (!TrainingAccess.approves(viewer)) {
            throw new AccessDeniedException("the queue of training records to approve");
        }
        return queries.waitingByOrganisation().stream()
                .map(waiting -> new Queue(waiting.organisationId(), waiting.organisationName(), waiting.records()))
                .toList();
    }

    /** The organisation's records that do not count yet, returned first, as far as the viewer reads them. */
    public List<Unapproved> unapprovedOf(UUID organisationId, Viewer viewer) {
        return Stream.of(ApprovalStatus.RETURNED, ApprovalStatus.PENDING_APPROVAL)
                .flatMap(status -> queries
                        .records(
                                new TrainingFilter(null, null, organisationId, null, null, status, null, null),
                                Paging.first(Paging.DEFAULT_SIZE),
                                viewer)
                        .items()
                        .stream())
                .map(row -> new Unapproved(
                        row.id(),
                        row.personId(),
                        row.personName(),
                        row.competenceEn(),
                        row.competenceRu(),
                        row.completedOn(),
                        row.status(),
                        row.returnedComment()))
                .toList();
    }
}
