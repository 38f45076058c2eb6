package dev.tandem.training;

import dev.tandem.shared.RecordRows;
import dev.tandem.training.listing.Standings;
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
 * Reminds of expiring training: once when an approved pass that no later pass renews comes within
 * {@link Standing#EXPIRING_DAYS} days of its expiry, once when it has expired (within a week of it: older expiries are
 * no news). Each reminder is claimed by an insert that only one claimant wins, so with several application nodes
 * running the check, each reminder is still told once; the events reach notifications through the event publication
 * registry, committed with the claims.
 */
@Component
public class TrainingReminders {

    /** How long after an expiry it is still told: a first run on old data does not flood the inboxes. */
    static final int EXPIRED_NEWS_DAYS = 7;

    /** Whether record {@code t} is renewed: the person holds another approved pass that expires later or never. */
    private static final String RENEWED =
            """
            exists (select 1 from training_record later
                    where later.person_id = t.person_id and later.competence_id = t.competence_id
                      and later.voided_at is null and later.status = 'APPROVED' and later.result = 'PASSED'
                      and later.id <> t.id and (later.expires_on is null or later.expires_on > t.expires_on))""";

    /**
     * Claims the reminders of a kind: records whose expiry lies between {@code :from} and {@code :to} days after the day
     * it is on their person's site.
     */
    private static final String DUE =
            """
            insert into training_reminder (record_id, kind, sent_at)
            select t.id, :kind, :now
            from training_record t join person p on p.id = t.person_id%s
            where t.voided_at is null and t.status = 'APPROVED' and t.result = 'PASSED'
              and t.expires_on between %s + :from and %s + :to and p.voided_at is null and not %s
            on conflict do nothing
            returning record_id"""
                    .formatted(Standings.SITE_OF_PERSON, Standings.TODAY_ON_SITE, Standings.TODAY_ON_SITE, RENEWED);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;

    TrainingReminders(JdbcClient jdbc, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    /** The records reminded of in one run. */
    public record Reminded(List<UUID> expiring, List<UUID> expired) {}

    private record Claimed(
            UUID id, UUID personId, UUID organisationId, UUID siteId, UUID competenceId, LocalDate expiresOn) {}

    /** Claims and announces the reminders due now, judged on each person's site's day. */
    @Transactional
    public Reminded remind(Clock clock) {
        var now = Timestamp.from(Instant.now(clock));
        var expiring = claim(
                "EXPIRING",
                0,
                Standing.EXPIRING_DAYS,
                now,
                row -> new TrainingExpiring(
                        row.id(),
                        row.personId(),
                        row.organisationId(),
                        row.siteId(),
                        row.competenceId(),
                        row.expiresOn()));
        var expired = claim(
                "EXPIRED",
                -EXPIRED_NEWS_DAYS,
                -1,
                now,
                row -> new TrainingExpired(
                        row.id(),
                        row.personId(),
                        row.organisationId(),
                        row.siteId(),
                        row.competenceId(),
                        row.expiresOn()));
        return new Reminded(expiring, expired);
    }

    /** Whether a later pass renews the record, so that its expiry needs no more telling. */
    @Transactional(readOnly = true)
    public boolean renewed(UUID recordId) {
        return jdbc.sql("select " + RENEWED + " from training_record t where t.id = :id")
                .param("id", recordId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    private List<UUID> claim(String kind, int from, int to, Timestamp now, Function<Claimed, Object> event) {
        var ids = jdbc.sql(DUE)
                .param("kind", kind)
                .param("now", now)
                .param("from", from)
                .param("to", to)
                .query(UUID.class)
                .list();
        if (ids.isEmpty()) {
            return ids;
        }
        jdbc.sql(
                        """
                        select t.id, t.person_id, t.organisation_id, p.site_id, t.competence_id, t.expires_on
                        from training_record t join person p on p.id = t.person_id where t.id = any(:ids)""")
                .param("ids", ids.toArray(UUID[]::new))
                .query(RecordRows.of(Claimed.class))
                .list()
                .forEach(row -> publisher.publishEvent(event.apply(row)));
        return ids;
    }
}
