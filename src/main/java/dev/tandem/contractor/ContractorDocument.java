package dev.tandem.contractor;

import dev.tandem.contractor.prequalification.Reviewed;
import dev.tandem.history.KeptOutOfHistory;
import dev.tandem.history.Recorded;
import dev.tandem.history.VoidableRecord;
import dev.tandem.shared.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A document a contractor holds, such as its insurance certificate, valid until a day. A contractor's supervisor
 * submits it and the safety department approves it or returns it with a comment; the safety department's own entries
 * are approved as entered. A document already expired is never filed as valid.
 */
@Table("contractor_document")
public class ContractorDocument extends VoidableRecord implements Reviewed {

    private final UUID organisationId;
    private final String code;
    private final String title;
    private final String number;
    private final LocalDate validUntil;
    private DocumentStatus status;

    @KeptOutOfHistory("in the history by its parts: reviewComment, reviewedBy and reviewedAt")
    @Embedded.Nullable(prefix = "review_")
    private Review review;

    @KeptOutOfHistory("the time of the history's CREATED entry")
    private final Instant createdAt;

    @PersistenceCreator
    ContractorDocument(
            UUID id,
            UUID organisationId,
            String code,
            String title,
            String number,
            LocalDate validUntil,
            DocumentStatus status,
            Review review,
            Instant createdAt,
            Long version) {
        super("contractor-document", id, version);
        this.organisationId = organisationId;
        this.code = code;
        this.title = title;
        this.number = number;
        this.validUntil = validUntil;
        this.status = status;
        this.review = review;
        this.createdAt = createdAt;
    }

    /**
     * @param approvedBy the safety department's user when it enters the document itself (approved as entered), else
     *     null
     */
    static ContractorDocument submitted(
            UUID id, UUID organisationId, SubmitDocument command, LocalDate today, UUID approvedBy, Instant at) {
        if (command.validUntil().isBefore(today)) {
            throw new InvalidRequestException(
                    "validUntil",
                    "contractor.rule.documentExpired",
                    command.validUntil().toString());
        }
        var number = command.number() == null || command.number().isBlank()
                ? null
                : command.number().trim();
        return new ContractorDocument(
                id,
                organisationId,
                command.code().trim().toUpperCase(Locale.ROOT),
                command.title().trim(),
                number,
                command.validUntil(),
                approvedBy == null ? DocumentStatus.SUBMITTED : DocumentStatus.APPROVED,
                approvedBy == null ? null : new Review(null, approvedBy, at),
                at,
                null);
    }

    void review(boolean approved, String comment, UUID by, Instant at) {
        this.review = Review.decide(status == DocumentStatus.SUBMITTED, "document", approved, comment, by, at);
        this.status = approved ? DocumentStatus.APPROVED : DocumentStatus.RETURNED;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String number() {
        return number;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public DocumentStatus status() {
        return status;
    }

    @Override
    public Review review() {
        return review;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Recorded.fields(
                "organisationId", organisationId,
                "code", code,
                "title", title,
                "number", number,
                "validUntil", validUntil,
                "status", status,
                "reviewComment", reviewComment(),
                "reviewedBy", reviewedBy(),
                "reviewedAt", reviewedAt());
    }
}
