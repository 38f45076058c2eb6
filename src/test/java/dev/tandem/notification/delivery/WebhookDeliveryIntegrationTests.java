package dev.tandem.notification.delivery;

import static dev.tandem.notification.delivery.Postings.notification;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import dev.tandem.notification.Severity;
import dev.tandem.notification.delivery.Webhooks.WebhookSettings;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Webhooks posted to a real local HTTP server, which checks the signature with the secret shown once. */
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

    @BeforeEach
    void setUp() {
        postings = new Postings(events, transactions, jdbc);
        logins = new Logins(context);
    }

    @Test
    void aWebhookReceivesTheNotificationAsJsonSignedWithTheSecretShownOnce() throws Exception {
        try (var receiver = new WebhookReceiver()) {
            var kind = uniqueKind();
            var issued = webhooks.create(
                    new WebhookSettings("Plant bot", receiver.url(), List.of(kind), true), logins.viewer("admin"));
            var person = postings.personWithEmail(0);
            var notification = notification(person.id(), kind, Severity.CRITICAL, Locale.ENGLISH, "Stop " + kind);

            postings.post(notification, 2);
            worker.deliverDue();
            worker.deliverDue();

            assertThat(receiver.received()).hasSize(1);
            var post = receiver.received().get(0);
            var expected = "sha256=" + hmac(issued.secret(), post.header("X-Tandem-Timestamp") + "." + post.body());
            assertThat(post.header("X-Tandem-Signature")).isEqualTo(expected);
            assertThat(post.header("Content-Type")).startsWith("application/json");
            var body = json.readTree(post.body());
            assertThat(body.get("kind").asString()).isEqualTo(kind);
            assertThat(body.get("severity").asString()).isEqualTo("CRITICAL");
            assertThat(body.get("title").asString()).isEqualTo("Stop " + kind);
            assertThat(body.get("recipientPersonId").asString())
                    .isEqualTo(person.id().toString());
            assertThat(body.get("record").get("url").asString())
                    .isEqualTo("http://localhost:8080" + notification.record().path());
            var webhookRow = postings.deliveries(notification).stream()
                    .filter(row -> row.channel().equals("WEBHOOK"))
                    .findFirst()
                    .orElseThrow();
            assertThat(post.header("X-Tandem-Delivery"))
                    .isEqualTo(webhookRow.id().toString());
            assertThat(webhookRow.status()).isEqualTo("SENT");
        }
    }

    @Test
    void aTamperedBodyNoLongerMatchesTheSignature() throws Exception {
        try (var receiver = new WebhookReceiver()) {
            var kind = uniqueKind();
            var issued = webhooks.create(
                    new WebhookSettings("Pager", receiver.url(), List.of(kind), true), logins.viewer("admin"));
            postings.post(notification(postings.personWithEmail(1).id(), kind, Severity.INFO, Locale.ENGLISH, "x"), 1);
            worker.deliverDue();

            var post = receiver.received().get(0);
            var tampered = post.body().replace("\"INFO\"", "\"CRITICAL\"");
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
            var kind = uniqueKind();
            var admin = logins.viewer("admin");
            webhooks.create(new WebhookSettings("Broken", broken.url(), List.of(kind), true), admin);
            webhooks.create(new WebhookSettings("Working", working.url(), List.of(kind), true), admin);
            var notification =
                    notification(postings.personWithEmail(2).id(), kind, Severity.ACTION_NEEDED, Locale.ENGLISH, "Two");

            postings.post(notification, 3);
            worker.deliverDue();

            assertThat(working.received()).hasSize(1);
            assertThat(broken.received()).hasSize(1);
            var webhookRows = postings.deliveries(notification).stream()
                    .filter(row -> row.channel().equals("WEBHOOK"))
                    .toList();
            assertThat(webhookRows).extracting(Postings.Row::status).containsExactlyInAnyOrder("SENT", "FAILED");
            assertThat(webhookRows)
                    .filteredOn(row -> row.status().equals("FAILED"))
                    .singleElement()
                    .satisfies(row -> {
                        assertThat(row.lastError()).contains("503");
                        assertThat(row.nextAttemptAt()).isNotNull();
                    });
        }
    }

    @Test
    void aChannelReceivesOnlyItsKindsAndNothingWhileSwitchedOff() throws Exception {
        try (var receiver = new WebhookReceiver()) {
            var kind = uniqueKind();
            var admin = logins.viewer("admin");
            var issued =
                    webhooks.create(new WebhookSettings("Only one kind", receiver.url(), List.of(kind), true), admin);
            var person = postings.personWithEmail(3).id();

            postings.post(notification(person, kind + ".other", Severity.CRITICAL, Locale.ENGLISH, "other"), 1);
            webhooks.change(
                    issued.webhook().id(),
                    new WebhookSettings("Only one kind", receiver.url(), List.of(kind), false),
                    admin);
            postings.post(notification(person, kind, Severity.CRITICAL, Locale.ENGLISH, "while off"), 1);
            worker.deliverDue();

            assertThat(receiver.received()).isEmpty();
        }
    }

    @Test
    void theSecretIsKeptSealedAndANewSecretReplacesTheOld() throws Exception {
        try (var receiver = new WebhookReceiver()) {
            var kind = uniqueKind();
            var admin = logins.viewer("admin");
            var first = webhooks.create(new WebhookSettings("Sealed", receiver.url(), List.of(kind), true), admin);
            var stored = jdbc.sql("select secret_sealed from webhook_channel where id = :id")
                    .param("id", first.webhook().id())
                    .query(String.class)
                    .single();
            assertThat(stored)
                    .doesNotContain(first.secret())
                    .doesNotContain(first.secret().substring(6, 20));
            assertThat(first.secret()).startsWith("whsec_").hasSizeGreaterThan(40);

            var second = webhooks.newSecret(first.webhook().id(), admin);
            postings.post(
                    notification(postings.personWithEmail(4).id(), kind, Severity.CRITICAL, Locale.ENGLISH, "n"), 1);
            worker.deliverDue();

            var post = receiver.received().get(0);
            var signed = post.header("X-Tandem-Timestamp") + "." + post.body();
            assertThat(second.secret()).isNotEqualTo(first.secret());
            assertThat(post.header("X-Tandem-Signature")).isEqualTo("sha256=" + hmac(second.secret(), signed));
        }
    }

    private static String uniqueKind() {
        return "test.webhook" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The receiver's own check, written as a receiver would, not with Tandem's code. */
    private static String hmac(String secret, String content) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }
}
