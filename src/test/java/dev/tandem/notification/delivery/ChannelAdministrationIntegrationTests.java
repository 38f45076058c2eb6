package dev.tandem.notification.delivery;

import static dev.tandem.notification.delivery.Postings.notification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import dev.tandem.notification.Severity;
import dev.tandem.notification.delivery.Webhooks.WebhookSettings;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/** The webhook channels and the delivery log through the API and the pages: who may, and what bad input gets. */
@TandemIntegrationTest
class ChannelAdministrationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Webhooks webhooks;

    @Autowired
    DeliveryWorker worker;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    Logins logins;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://files.plant.example/hook",
                "https://bot:password@bot.plant.example/hook",
                "javascript:alert(1)",
                "not an address",
                "https:///no-host",
                ""
            })
    void aWebhookAddressThatIsNotPlainHttpOrHttpsIsRefusedAndNothingIsStored(String url) throws Exception {
        var name = "Refused " + UUID.randomUUID();
        mvc.perform(post("/api/v1/webhooks")
                        .header("Authorization", logins.bearer("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + name + "\", \"url\": \"" + url + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("url"));

        assertThat(jdbc.sql("select count(*) from webhook_channel where name = :name")
                        .param("name", name)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theSecretIsInTheAnswerThatMakesTheChannelAndNowhereAfter() throws Exception {
        var answer = mvc.perform(post("/api/v1/webhooks")
                        .header("Authorization", logins.bearer("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"SMS gateway\", \"url\": \"https://sms.plant.example/in\","
                                + " \"kinds\": [\"action.overdue\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.secret").value(containsString("whsec_")))
                .andExpect(jsonPath("$.webhook.kinds[0]").value("action.overdue"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var id = answer.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        var secret = answer.replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");

        mvc.perform(get("/api/v1/webhooks/" + id).header("Authorization", logins.bearer("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.secret").doesNotExist())
                .andExpect(content().string(not(containsString(secret))));
        mvc.perform(get("/admin/webhooks").with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SMS gateway")))
                .andExpect(content().string(not(containsString(secret))));
    }

    /** Every page and API call of channels and deliveries, tried by each role that is not an administrator. */
    @ParameterizedTest
    @ValueSource(strings = {"hse", "director", "manager", "worker", "contractor1", "contractor1.worker"})
    void onlyTheOwnerCompanysAdministratorsSeeOrChangeChannelsAndDeliveries(String user) throws Exception {
        // switched off, so that it takes no other test's notifications
        var channel = webhooks.create(
                        new WebhookSettings("Admins' pager", "https://pager.plant.example/hook", List.of(), false),
                        logins.viewer("admin"))
                .webhook()
                .id();
        var delivery = UUID.randomUUID();
        var body = "{\"name\": \"Not mine\", \"url\": \"https://bot.plant.example/hook\"}";
        var bearer = logins.bearer(user);
        var session = logins.as(user);

        for (var call : List.of(
                post("/api/v1/webhooks").contentType(MediaType.APPLICATION_JSON).content(body),
                get("/api/v1/webhooks"),
                get("/api/v1/webhooks/{id}", channel),
                put("/api/v1/webhooks/{id}", channel)
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body),
                post("/api/v1/webhooks/{id}/secret", channel),
                get("/api/v1/deliveries"),
                post("/api/v1/deliveries/{id}/retry", delivery))) {
            mvc.perform(call.header("Authorization", bearer)).andExpect(status().isForbidden());
        }
        for (var call : List.of(
                get("/admin/webhooks"),
                post("/admin/webhooks").param("name", "Not mine").param("url", "https://bot.plant.example/hook"),
                post("/admin/webhooks/{id}", channel).param("enabled", "true"),
                post("/admin/webhooks/{id}/secret", channel),
                get("/admin/deliveries"),
                post("/admin/deliveries/{id}/retry", delivery))) {
            mvc.perform(call.with(session).with(csrf())).andExpect(status().isForbidden());
        }

        assertThat(jdbc.sql("select count(*) from webhook_channel where name = 'Not mine'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(webhooks.one(channel, logins.viewer("admin")).enabled()).isFalse();
    }

    @Test
    void aFailingDeliveryIsListedWithItsReasonForTheAdministratorWhoCanTryItAgainNow() throws Exception {
        var kind = "test.failing" + UUID.randomUUID().toString().substring(0, 8);
        webhooks.create(
                new WebhookSettings("Unreachable pager " + kind, "http://127.0.0.1:9/hook", List.of(kind), true),
                logins.viewer("admin"));
        var postings = new Postings(events, transactions, jdbc);
        var notification =
                notification(postings.personWithEmail(0).id(), kind, Severity.CRITICAL, Locale.ENGLISH, "Fails");
        postings.post(notification, 1);
        worker.deliverDue();
        var failed = postings.deliveries(notification).stream()
                .filter(row -> row.channel().equals("WEBHOOK"))
                .findFirst()
                .orElseThrow();
        assertThat(failed.status()).isEqualTo("FAILED");

        mvc.perform(get("/admin/deliveries")
                        .param("status", "FAILED")
                        .param("channel", "WEBHOOK")
                        .param("size", "100")
                        .with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Unreachable pager " + kind)))
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape(failed.lastError()))));
        mvc.perform(get("/api/v1/deliveries")
                        .param("status", "FAILED")
                        .param("size", "100")
                        .header("Authorization", logins.bearer("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(failed.id().toString())));

        mvc.perform(post("/admin/deliveries/" + failed.id() + "/retry")
                        .with(logins.as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        var retried = postings.deliveries(notification).stream()
                .filter(row -> row.id().equals(failed.id()))
                .findFirst()
                .orElseThrow();
        assertThat(retried.nextAttemptAt()).isBefore(failed.nextAttemptAt());
        mvc.perform(post("/api/v1/deliveries/" + failed.id() + "/retry").header("Authorization", logins.bearer("hse")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theWebhookPageShowsTheNewSecretOnceAndABadAddressBesideItsField() throws Exception {
        var made = mvc.perform(post("/admin/webhooks")
                        .with(logins.as("admin"))
                        .with(csrf())
                        .param("name", "Messenger bot")
                        .param("url", "https://bot.plant.example/tandem")
                        .param("kinds", "action.overdue, stopwork.raised")
                        .param("enabled", "true"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        var issued = (Webhooks.IssuedWebhook) made.getFlashMap().get("issued");
        assertThat(issued.secret()).startsWith("whsec_");
        assertThat(issued.webhook().kinds()).containsExactly("action.overdue", "stopwork.raised");
        mvc.perform(get("/admin/webhooks").with(logins.as("admin")).flashAttr("issued", issued))
                .andExpect(content().string(containsString(issued.secret())));
        mvc.perform(get("/admin/webhooks").with(logins.as("admin")))
                .andExpect(content().string(containsString("Messenger bot")))
                .andExpect(content().string(not(containsString(issued.secret()))));

        mvc.perform(post("/admin/webhooks")
                        .with(logins.as("admin"))
                        .with(csrf())
                        .param("name", "With a password")
                        .param("url", "https://user:secret@bot.plant.example/tandem")
                        .param("kinds", "")
                        .param("enabled", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("may not contain a user name or password")));
        assertThat(jdbc.sql("select count(*) from webhook_channel where name = 'With a password'")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
