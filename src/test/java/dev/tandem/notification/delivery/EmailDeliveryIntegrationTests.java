package dev.tandem.notification.delivery;

import static dev.tandem.notification.delivery.Postings.notification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import dev.tandem.notification.Notification;
import dev.tandem.notification.NotificationPreferences;
import dev.tandem.notification.Severity;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** E-mail through a real SMTP server (GreenMail): each notification leaves once, and a failure is kept and retried. */
@TandemIntegrationTest
class EmailDeliveryIntegrationTests {

    @Autowired
    DeliveryWorker worker;

    @Autowired
    Deliveries deliveries;

    @Autowired
    List<ChannelSender> senders;

    @Autowired
    DeliveryProperties properties;

    @Autowired
    NotificationPreferences preferences;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JavaMailSender mailSender;

    GreenMail smtp;
    Postings postings;

    @BeforeEach
    void startSmtpServer() {
        // the test settings give SMTP a random port, read back from the sender that uses it
        var port = ((JavaMailSenderImpl) mailSender).getPort();
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        postings = new Postings(events, transactions, jdbc);
    }

    @AfterEach
    void stopSmtpServer() {
        smtp.stop();
    }

    @Test
    void aNotificationIsEmailedOnceInItsLanguageWithLinksToTheRecordAndToAcknowledge() throws Exception {
        var person = postings.personWithEmail(0);
        var title = "Overdue " + UUID.randomUUID();
        var notification =
                notification(person.id(), "action.overdue", Severity.ACTION_NEEDED, Locale.forLanguageTag("ru"), title);

        postings.post(notification, 1);
        worker.deliverDue();
        worker.deliverDue();

        var sent = messagesTitled(title);
        assertThat(sent).hasSize(1);
        var message = sent.get(0);
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly(person.email());
        assertThat(message.getContent().toString())
                .contains("Text of " + title)
                .contains("Открыть в Tandem: http://localhost:8080"
                        + notification.record().path())
                .contains("Подтвердить получение (без входа): http://localhost:8080/acknowledge/");
        assertThat(postings.deliveries(notification)).singleElement().satisfies(row -> {
            assertThat(row.channel()).isEqualTo("EMAIL");
            assertThat(row.target()).isEqualTo(person.email());
            assertThat(row.status()).isEqualTo("SENT");
            assertThat(row.attempts()).isOne();
            assertThat(row.sentAt()).isNotNull();
        });
    }

    @Test
    void theSameNotificationAnnouncedTwiceIsQueuedAndSentOnce() throws Exception {
        var person = postings.personWithEmail(1);
        var title = "Twice " + UUID.randomUUID();
        var notification = notification(person.id(), "action.raised", Severity.ACTION_NEEDED, Locale.ENGLISH, title);

        postings.post(notification, 1);
        postings.post(notification, 1);
        worker.deliverDue();

        assertThat(postings.deliveries(notification)).hasSize(1);
        assertThat(messagesTitled(title)).hasSize(1);
    }

    @Test
    void infoNotificationsWaitForTheDigestAndLeaveAsOneMessagePerAddress() throws Exception {
        var person = postings.personWithEmail(2);
        var marker = UUID.randomUUID().toString();
        var first = notification(person.id(), "event.reported", Severity.INFO, Locale.ENGLISH, "First " + marker);
        var second = notification(person.id(), "event.reported", Severity.INFO, Locale.ENGLISH, "Second " + marker);
        postings.post(first, 1);
        postings.post(second, 1);

        worker.deliverDue();
        assertThat(messagesContaining(marker))
                .as("nothing leaves before the digest")
                .isEmpty();

        workerAt(properties.mail().digestInterval().plusSeconds(1)).deliverDue();

        var sent = messagesContaining(marker);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getSubject()).isEqualTo("Tandem: 2 notifications");
        assertThat(sent.get(0).getContent().toString()).contains("First " + marker, "Second " + marker);
        assertThat(postings.deliveries(first)).extracting(Postings.Row::status).containsExactly("SENT");
        assertThat(postings.deliveries(second)).extracting(Postings.Row::status).containsExactly("SENT");
    }

    @Test
    void anUnreachableSmtpServerLeavesTheDeliveryFailingWithItsReasonUntilALaterAttemptSendsItOnce() throws Exception {
        var person = postings.personWithEmail(3);
        var title = "Unreachable " + UUID.randomUUID();
        var notification = notification(person.id(), "action.overdue", Severity.CRITICAL, Locale.ENGLISH, title);
        smtp.stop();

        postings.post(notification, 1);
        worker.deliverDue();

        var failed = postings.deliveries(notification).get(0);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.attempts()).isOne();
        assertThat(failed.lastError()).containsIgnoringCase("connect");
        assertThat(failed.nextAttemptAt())
                .isAfter(clock.instant().plus(properties.delivery().firstRetry().minusSeconds(5)));

        startSmtpServer();
        worker.deliverDue();
        assertThat(messagesTitled(title)).as("not before its next attempt").isEmpty();

        workerAt(properties.delivery().firstRetry().plusSeconds(1)).deliverDue();
        assertThat(messagesTitled(title)).hasSize(1);
        assertThat(postings.deliveries(notification).get(0)).satisfies(row -> {
            assertThat(row.status()).isEqualTo("SENT");
            assertThat(row.attempts()).isEqualTo(2);
            assertThat(row.lastError()).isNull();
        });
    }

    @Test
    void aDeliveryClaimedByANodeThatDiedIsSentOnceByAnotherNodeAfterTheLease() throws Exception {
        var person = postings.personWithEmail(4);
        var title = "Crash " + UUID.randomUUID();
        var notification = notification(person.id(), "action.overdue", Severity.CRITICAL, Locale.ENGLISH, title);
        postings.post(notification, 1);
        // the first node claims everything that is due and dies before sending any of it
        var lease = properties.delivery().lease();
        while (!deliveries.claim(clock.instant(), lease, 1000).isEmpty()) {}

        worker.deliverDue();
        assertThat(messagesTitled(title))
                .as("still leased to the node that died")
                .isEmpty();

        workerAt(lease.plusSeconds(1)).deliverDue();
        workerAt(lease.plusSeconds(2)).deliverDue();

        assertThat(messagesTitled(title)).hasSize(1);
        assertThat(postings.deliveries(notification).get(0).status()).isEqualTo("SENT");
    }

    @Test
    void twoNodesSendingAtOnceSendEachEmailOnce() throws Exception {
        var marker = UUID.randomUUID().toString();
        var posted = new ArrayList<Notification>();
        for (int i = 0; i < 60; i++) {
            var person = postings.personWithEmail(i % 5);
            var notification = notification(
                    person.id(), "action.overdue", Severity.ACTION_NEEDED, Locale.ENGLISH, marker + " #" + i);
            postings.post(notification, 1);
            posted.add(notification);
        }
        var start = new CountDownLatch(1);
        var first = workerAt(Duration.ZERO);
        var second = workerAt(Duration.ZERO);

        var runs = List.of(first, second).stream()
                .map(node -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return node.deliverDue();
                }))
                .toList();
        start.countDown();
        var tried = runs.stream().mapToInt(CompletableFuture::join).sum();

        var subjects = messagesContaining(marker).stream()
                .map(EmailDeliveryIntegrationTests::subject)
                .toList();
        assertThat(subjects).hasSize(60).doesNotHaveDuplicates();
        assertThat(tried).isGreaterThanOrEqualTo(60);
        assertThat(posted).allSatisfy(notification -> assertThat(postings.deliveries(notification))
                .extracting(Postings.Row::status)
                .containsExactly("SENT"));
    }

    @Test
    void aBatchOfEmailsLeavesOverOneSmtpConnectionAndEachMessagesOutcomeIsRecordedOnItsOwn() throws Exception {
        var marker = UUID.randomUUID().toString();
        var posted = new ArrayList<Notification>();
        for (int i = 0; i < 20; i++) {
            var notification = notification(
                    postings.personWithEmail(i % 5).id(),
                    "action.overdue",
                    Severity.ACTION_NEEDED,
                    Locale.ENGLISH,
                    marker + " #" + i);
            postings.post(notification, 1);
            posted.add(notification);
        }
        var refused = posted.get(7);
        jdbc.sql("update delivery set target = 'one@plant.example, two@plant.example' where notification_id = :id")
                .param("id", refused.id())
                .update();

        // the sender goes through a relay that counts the connections opened to the SMTP server
        var sender = (JavaMailSenderImpl) mailSender;
        var smtpPort = sender.getPort();
        int relayPort;
        try (var free = new ServerSocket(0)) {
            relayPort = free.getLocalPort();
        }
        try (var relay = new CountingRelay(relayPort, smtpPort)) {
            sender.setPort(relayPort);
            worker.deliverDue();

            assertThat(relay.connections()).isOne();
        } finally {
            sender.setPort(smtpPort);
        }
        assertThat(messagesContaining(marker)).hasSize(19).noneMatch(message -> subject(message)
                .equals(marker + " #7"));
        assertThat(postings.deliveries(refused)).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo("FAILED");
            assertThat(row.lastError()).isNotBlank();
        });
        assertThat(posted).filteredOn(notification -> notification != refused).allSatisfy(notification -> assertThat(
                        postings.deliveries(notification))
                .extracting(Postings.Row::status)
                .containsExactly("SENT"));
    }

    @Test
    void aMutedKindIsNotEmailedAndQuietHoursHoldBackAllButCriticalNotifications() throws Exception {
        var username = jdbc.sql(
                        """
                        select u.username from user_account u join person p on p.id = u.person_id
                        where p.email is not null and p.voided_at is null and u.enabled
                        order by u.username limit 1""")
                .query(String.class)
                .single();
        var logins = new Logins(context);
        var person = logins.viewer(username).personId();
        var zone = jdbc.sql(
                        """
                        select coalesce(s.time_zone, e.time_zone) from person p left join site s on s.id = p.site_id
                        cross join (select time_zone from enterprise limit 1) e where p.id = :person""")
                .param("person", person)
                .query(String.class)
                .single();
        // quiet all day but the minute before an hour from now on the person's clock
        var quietFrom = ZonedDateTime.now(ZoneId.of(zone)).plusHours(1).truncatedTo(ChronoUnit.MINUTES);
        var awake = quietFrom.minusSeconds(30);
        var bearer = logins.bearer(username);
        var version = mvc.perform(get("/api/v1/notification-preferences").header("Authorization", bearer))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(put("/api/v1/notification-preferences")
                        .header("Authorization", bearer)
                        .header("If-Match", version)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mutedKinds\":[\"event.reported\"],\"quietFrom\":\"" + quietFrom.toLocalTime()
                                + "\",\"quietUntil\":\""
                                + quietFrom.toLocalTime().minusMinutes(1) + "\"}"))
                .andExpect(status().isOk());
        var marker = UUID.randomUUID().toString();
        var muted = notification(person, "event.reported", Severity.INFO, Locale.ENGLISH, "Muted " + marker);
        var quiet = notification(person, "action.overdue", Severity.ACTION_NEEDED, Locale.ENGLISH, "Quiet " + marker);
        var critical = notification(person, "action.overdue", Severity.CRITICAL, Locale.ENGLISH, "Critical " + marker);

        postings.postHandled(muted);
        postings.post(quiet, 1);
        postings.post(critical, 1);
        worker.deliverDue();

        assertThat(postings.deliveries(muted))
                .as("a muted kind stays in the inbox")
                .isEmpty();
        assertThat(messagesContaining(marker))
                .extracting(EmailDeliveryIntegrationTests::subject)
                .containsExactly("Critical " + marker);
        assertThat(postings.deliveries(quiet).get(0)).satisfies(row -> {
            assertThat(row.status()).isEqualTo("QUEUED");
            assertThat(row.attempts()).isZero();
            assertThat(row.nextAttemptAt()).isAfter(clock.instant().plus(Duration.ofMinutes(14)));
        });

        workerAt(Duration.between(ZonedDateTime.now(awake.getZone()), awake)).deliverDue();
        assertThat(messagesContaining(marker))
                .as("sent once the quiet hours are over")
                .extracting(EmailDeliveryIntegrationTests::subject)
                .containsExactlyInAnyOrder("Critical " + marker, "Quiet " + marker);
    }

    /** Another node of the same application, whose clock runs {@code ahead} of this one's. */
    private DeliveryWorker workerAt(Duration ahead) {
        return new DeliveryWorker(deliveries, senders, preferences, properties, Clock.offset(clock, ahead));
    }

    private List<MimeMessage> messagesTitled(String title) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> title.equals(subject(message)))
                .toList();
    }

    private List<MimeMessage> messagesContaining(String marker) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> (subject(message) + "\n" + content(message)).contains(marker))
                .toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String content(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
