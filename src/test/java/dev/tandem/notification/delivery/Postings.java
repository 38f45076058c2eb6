package dev.tandem.notification.delivery;

import static org.awaitility.Awaitility.await;

import dev.tandem.notification.Notification;
import dev.tandem.notification.NotificationsPosted;
import dev.tandem.notification.RecordLink;
import dev.tandem.notification.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Posts notifications as the notification module announces them, and reads what became of their deliveries. */
final class Postings {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    Postings(ApplicationEventPublisher events, TransactionTemplate transactions, JdbcClient jdbc) {
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    record Person(UUID id, String email) {}

    /** A current person of the demo plant with an e-mail address. */
    Person personWithEmail(int which) {
        return jdbc.sql(
                        """
                        select id, email from person where email is not null and voided_at is null
                        order by id offset :which limit 1""")
                .param("which", which)
                .query(Person.class)
                .single();
    }

    static Notification notification(UUID recipient, String kind, Severity severity, Locale language, String title) {
        var id = UUID.randomUUID();
        var action = UUID.randomUUID();
        return new Notification(
                id,
                kind,
                severity,
                recipient,
                new RecordLink("action", action, "/actions/" + action),
                language,
                title,
                "Text of " + title,
                Instant.now());
    }

    /** Posts in a transaction of its own, as the notification module does, and waits until it is queued. */
    void post(Notification notification, int expectedDeliveries) {
        transactions.executeWithoutResult(
                status -> events.publishEvent(new NotificationsPosted(List.of(notification))));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> deliveries(notification).size() >= expectedDeliveries);
    }

    /** Posts one that queues nothing: its channels are chosen in the posting transaction. */
    void postHandled(Notification notification) {
        transactions.executeWithoutResult(
                status -> events.publishEvent(new NotificationsPosted(List.of(notification))));
    }

    record Row(
            UUID id,
            String channel,
            String target,
            String status,
            int attempts,
            String lastError,
            Instant nextAttemptAt,
            Instant sentAt) {}

    List<Row> deliveries(Notification notification) {
        return jdbc.sql(
                        """
                        select id, channel, target, status, attempts, last_error, next_attempt_at, sent_at
                        from delivery where notification_id = :id order by channel, target""")
                .param("id", notification.id())
                .query(Row.class)
                .list();
    }
}
