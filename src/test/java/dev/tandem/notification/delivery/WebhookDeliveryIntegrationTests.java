package dev.tandem.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import dev.tandem.notification.Notification;
import dev.tandem.notification.NotificationKind;
import dev.tandem.notification.NotificationKinds;
import dev.tandem.shared.Precondition;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks posted to a real local HTTP server, which checks the signature with the secret shown once. Channels receive
 * real kinds of notification; each test's channels are switched off when it ends, and what a test reads of the
 * deliveries is its own channel's.
 */
@TandemIntegrationTest
class WebhookDeliveryIntegrationTests {

    @Autowired
    Webhooks webhooks;

    @Autowired
    DeliveryWorker worker;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    Postings postings;
    Logins logins;
    MadeChannels channels;

    @BeforeEach
    void setUp() {
        postings = new Postings(events, transactions, jdbc);
        logins = new Logins(context);
        channels = new MadeChannels(webhooks, logins.viewer("admin"));
    }

    @AfterEach
    void switchOffTheChannelsMade() {
        channels.switchOff();
    }

    @Test
    void aWebhookReceivesTheNotificationAsJsonSignedWithTheSecretShownOnce() throws Exception {
        try (var receiver = new WebhookReceiver()) {
            var kind = NotificationKinds.FATAL_CONTROL_FAILED;
            var issued = channels.make("Plant bot", receiver.url(), List.of(kind.key()));
            var person = postings.personWithEmail(0);
            var notification = notification(person.id(), kind, "Stop the crusher");

            postings.post(notification, 2);
            worker.deliverDue();
            worker.deliverDue();

            assertThat(receiver.received()).hasSize(1);
            var post = receiver.received().get(0);
            var expected = "sha256=" + hmac(issued.secret(), post.header("X-Tandem-Timestamp") + "." + post.body());
            assertThat(post.header("X-Tandem-Signature")).isEqualTo(expected);
            assertThat(post.header("Content-Type")).startsWith("application/json");
            var body = json.readTree(post.body());
            assertThat(body.get("kind").asString()).isEqualTo(kind.key());
            assertThat(body.get("severity").asString()).isEqualTo("CRITICAL");
            assertThat(body.get("title").asString()).isEqualTo("Stop the crusher");
            assertThat(body.get("recipientPersonId").asString())
                    .isEqualTo(person.id().toString());
            assertThat(body.get("record").get("url").asString())
                    .isEqualTo("http://localhost:8080" + notification.record().path());
            var webhookRow = delivery(notification, issued.webhook().id().toString());
            assertThat(post.header("X-Tandem-Delivery"))
                    .isEqualTo(webhookRow.id().toString());
            assertThat(webhookRow.status()).isEqualTo("SENT");
        }
    }

    @Test
    void aTamperedBodyNoLongerMatchesTheSignature() throws Exception {
        try (var receiver = new WebhookReceiver()) {
            var kind = NotificationKinds.ACTION_OVERDUE;
            var issued = channels.make("Pager", receiver.url(), List.of(kind.key()));
            postings.post(notification(postings.personWithEmail(1).id(), kind, "x"), 1);
            worker.deliverDue();

            var post = receiver.received().get(0);
            var tampered = post.body().replace("\"ACTION_NEEDED\"", "\"CRITICAL\"");
            assertThat(tampered).isNotEqualTo(post.body());
            assertThat(post.header("X-Tandem-Signature"))
                    .isNotEqualTo(
                            "sha256=" + hmac(issued.secret(), post.header("X-Tandem-Timestamp") + "." + tampered));
        }
    }

    @Test
    void aFailingReceiverLeavesItsDeliveryFailingWithTheReasonAndHoldsUpNoOtherChannel() throws Exception {
        try (var broken = new WebhookReceiver();
                var working = new WebhookReceiver()) {
            broken.answer(503);
            var kind = NotificationKinds.CONTROL_FAILED;
            var failing = channels.make("Broken", broken.url(), List.of(kind.key()));
            var sending = channels.make("Working", working.url(), List.of(kind.key()));
            var notification = notification(postings.personWithEmail(2).id(), kind, "Two");

            postings.post(notification, 3);
            worker.deliverDue();

            assertThat(working.received()).hasSize(1);
            assertThat(broken.received()).hasSize(1);
            assertThat(delivery(notification, sending.webhook().id().toString()).status())
                    .isEqualTo("SENT");
            assertThat(delivery(notification, failing.webhook().id().toString()))
                    .satisfies(row -> {
                        assertThat(row.status()).isEqualTo("FAILED");
                        assertThat(row.lastError()).contains("503");
                        assertThat(row.nextAttemptAt()).isNotNull();
                    });
        }
    }

    @Test
    void aChannelReceivesOnlyItsKindsAndNothingWhileSwitchedOff() throws Exception {
        try (var receiver = new WebhookReceiver()) {
            var kind = NotificationKinds.ACTION_TO_VERIFY;
            var issued = channels.make("Only one kind", receiver.url(), List.of(kind.key()));
            var person = postings.personWithEmail(3).id();

            var other = notification(person, NotificationKinds.ACTION_ASSIGNED, "other");
            postings.post(other, 1);
            webhooks.switchTo(issued.webhook().id(), false, logins.viewer("admin"));
            var whileOff = notification(person, kind, "while off");
            postings.post(whileOff, 1);
            worker.deliverDue();

            assertThat(receiver.received()).isEmpty();
            assertThat(postings.deliveries(other))
                    .noneMatch(row -> row.target().equals(issued.webhook().id().toString()));
            assertThat(postings.deliveries(whileOff))
                    .noneMatch(row -> row.target().equals(issued.webhook().id().toString()));
        }
    }

    @Test
    void theSecretIsKeptSealedAndANewSecretReplacesTheOld() throws Exception {
        try (var receiver = new WebhookReceiver()) {
            var kind = NotificationKinds.EARLY_WARNING;
            var admin = logins.viewer("admin");
            var first = channels.make("Sealed", receiver.url(), List.of(kind.key()));
            var stored = jdbc.sql("select secret_sealed from webhook_channel where id = :id")
                    .param("id", first.webhook().id())
                    .query(String.class)
                    .single();
            assertThat(stored)
                    .doesNotContain(first.secret())
                    .doesNotContain(first.secret().substring(6, 20));
            assertThat(first.secret()).startsWith("whsec_").hasSizeGreaterThan(40);

            var second = webhooks.newSecret(first.webhook().id(), admin);
            postings.post(notification(postings.personWithEmail(4).id(), kind, "n"), 1);
            worker.deliverDue();

            var post = receiver.received().get(0);
            var signed = post.header("X-Tandem-Timestamp") + "." + post.body();
            assertThat(second.secret()).isNotEqualTo(first.secret());
            assertThat(post.header("X-Tandem-Signature")).isEqualTo("sha256=" + hmac(second.secret(), signed));
        }
    }

    @Test
    void afterAnEditTheNextNotificationGoesToTheNewAddressForTheNewKindsSignedWithTheSameSecret() throws Exception {
        try (var before = new WebhookReceiver();
                var after = new WebhookReceiver()) {
            var admin = logins.viewer("admin");
            var issued = channels.make("Moved bot", before.url(), List.of(NotificationKinds.ACTION_OVERDUE.key()));
            var changed = webhooks.change(
                    issued.webhook().id(),
                    new Webhooks.WebhookSettings(
                            "Moved bot", after.url(), List.of(NotificationKinds.CONTROL_FAILED.key()), true),
                    Precondition.ifMatch("\"" + issued.webhook().version() + "\""),
                    admin);
            assertThat(changed.version()).isGreaterThan(issued.webhook().version());
            var person = postings.personWithEmail(5).id();

            postings.post(notification(person, NotificationKinds.ACTION_OVERDUE, "old kind"), 1);
            var moved = notification(person, NotificationKinds.CONTROL_FAILED, "new kind");
            postings.post(moved, 2);
            worker.deliverDue();

            assertThat(before.received()).isEmpty();
            assertThat(after.received()).hasSize(1);
            var post = after.received().get(0);
            assertThat(json.readTree(post.body()).get("title").asString()).isEqualTo("new kind");
            assertThat(post.header("X-Tandem-Signature"))
                    .isEqualTo(
                            "sha256=" + hmac(issued.secret(), post.header("X-Tandem-Timestamp") + "." + post.body()));
            assertThat(delivery(moved, issued.webhook().id().toString()).status())
                    .isEqualTo("SENT");
        }
    }

    /** A notification of a real kind, at its own severity, in English. */
    private static Notification notification(UUID person, NotificationKind kind, String title) {
        return Postings.notification(person, kind.key(), kind.severity(), Locale.ENGLISH, title);
    }

    /** The notification's delivery to one webhook channel. */
    private Postings.Row delivery(Notification notification, String channel) {
        return postings.deliveries(notification).stream()
                .filter(row -> row.channel().equals("WEBHOOK") && row.target().equals(channel))
                .findFirst()
                .orElseThrow();
    }

    /** The receiver's own check, written as a receiver would, not with Tandem's code. */
    private static String hmac(String secret, String content) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }
}
