package dev.tandem.contractor;

import dev.tandem.contractor.prequalification.PlantDay;
import dev.tandem.shared.RecordRows;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds of contractors' required documents running out: once when an approved one that no later one renews comes
 * within its policy's warning days of its expiry, once when it has expired (within a week of it: older expiries are no
 * news). Each reminder is claimed by an insert only one claimant wins, so with several nodes running the check each is
 * still told once; the events reach notifications through the event publication registry, committed with the claims.
 */
@Component
public class DocumentReminders {

    /** How long after an expiry it is still told: a first run on old data does not flood the inboxes. */
    static final int EXPIRED_NEWS_DAYS = 7;

    /** Whether document {@code c} is renewed: the contractor holds a later approved one of its kind. */
    private static final String RENEWED =
            """
            exists (select 1 from contractor_document later
                    where later.organisation_id = c.organisation_id and later.code = c.code and later.id <> c.id
                      and later.voided_at is null and later.status = 'APPROVED' and later.valid_until > c.valid_until)""";

    /** Claims the reminders of a kind: required documents expiring between the bounds, the plant's day given. */
    private static final String DUE =
            """
            insert into contractor_document_reminder (document_id, kind, sent_at)
            select c.id, :kind, :now
            from contractor_document c
            join contractor_prequalification q on q.id = c.organisation_id
            join contractor_policy_document d on d.contractor_policy = q.policy_id and d.code = c.code
            join organisation o on o.id = c.organisation_id
            where c.voided_at is null and c.status = 'APPROVED' and o.voided_at is null
              and c.valid_until between :today + %s and :today + %s and not %s
            on conflict do nothing
            returning document_id""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;
    private final PlantDay day;

    DocumentReminders(JdbcClient jdbc, ApplicationEventPublisher publisher, PlantDay day) {
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.day = day;
    }

    /** The documents reminded of in one run. */
    public record Reminded(List<UUID> expiring, List<UUID> expired) {}

    private record Claimed(UUID id, UUID organisationId, String title, LocalDate validUntil) {}

    /** Claims and announces the reminders due now. */
    @Transactional
    public Reminded remind(Clock clock) {
        var now = Timestamp.from(Instant.now(clock));
        var today = day.today();
        var expiring = claim(
                DUE.formatted("0", "d.warn_days", RENEWED),
                "EXPIRING",
                today,
                now,
                row -> new ContractorDocumentExpiring(row.id(), row.organisationId(), row.title(), row.validUntil()));
        var expired = claim(
                DUE.formatted(String.valueOf(-EXPIRED_NEWS_DAYS), "-1", RENEWED),
                "EXPIRED",
                today,
                now,
                row -> new ContractorDocumentExpired(row.id(), row.organisationId(), row.title(), row.validUntil()));
        return new Reminded(expiring, expired);
    }

    /** Whether a later approved document renews this one, so that its expiry needs no more telling. */
    @Transactional(readOnly = true)
    public boolean renewed(UUID documentId) {
        return jdbc.sql("select " + RENEWED + " from contractor_document c where c.id = :id")
                .param("id", documentId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    private List<UUID> claim(String sql, String kind, LocalDate today, Timestamp now, Function<Claimed, Object> event) {
        var ids = jdbc.sql(sql)
                .param("kind", kind)
                .param("now", now)
                .param("today", today)
                .query(UUID.class)
                .list();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, organisation_id, title, valid_until from contractor_document where id = any(:ids)")
                    .param("ids", ids.toArray(UUID[]::new))
                    .query(RecordRows.of(Claimed.class))
                    .list()
                    .forEach(row -> publisher.publishEvent(event.apply(row)));
        }
        return ids;
    }
}
