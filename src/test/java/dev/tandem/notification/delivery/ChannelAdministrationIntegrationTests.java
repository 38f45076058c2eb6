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
import dev.tandem.notification.NotificationKinds;
import dev.tandem.notification.delivery.Webhooks.WebhookSettings;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
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
    MadeChannels channels;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
        channels = new MadeChannels(webhooks, logins.viewer("admin"));
    }

    @AfterEach
    void switchOffTheChannelsMade() {
        channels.switchOff();
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

        assertThat(stored(name)).isZero();
    }

    /** The kinds a channel receives are those Tandem makes: a key it does not know is named in the refusal. */
    @Test
    void anUnknownKindOrAnEmptyNameIsRefusedByNameAndNothingIsStored() throws Exception {
        var name = "Unknown kinds " + UUID.randomUUID();
        mvc.perform(post("/api/v1/webhooks")
                        .header("Authorization", logins.bearer("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + name + "\", \"url\": \"https://bot.plant.example/hook\","
                                + " \"kinds\": [\"action.overdue\", \"test.unheard-of\", \"test.made-up\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("kinds"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("test.made-up, test.unheard-of")))
                .andExpect(jsonPath("$.errors[0].message").value(not(containsString("action.overdue"))));
        mvc.perform(post("/api/v1/webhooks")
                        .header("Authorization", logins.bearer("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"  \", \"url\": \"https://bot.plant.example/hook\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));

        assertThat(stored(name)).isZero();
        assertThat(stored("  ")).isZero();
    }

    @Test
    void theSecretIsInTheAnswerThatMakesTheChannelAndNowhereAfter() throws Exception {
        var answer = mvc.perform(post("/api/v1/webhooks")
                        .header("Authorization", logins.bearer("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"SMS gateway\", \"url\": \"https://sms.plant.example/in\","
                                + " \"kinds\": [\"action.overdue\"], \"enabled\": false}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.secret").value(containsString("whsec_")))
                .andExpect(jsonPath("$.webhook.kinds[0]").value("action.overdue"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var id = answer.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        var secret = answer.replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");
        channels.keep(UUID.fromString(id));

        mvc.perform(get("/api/v1/webhooks/" + id).header("Authorization", logins.bearer("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.secret").doesNotExist())
                .andExpect(content().string(not(containsString(secret))));
        mvc.perform(get("/admin/webhooks").with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SMS gateway")))
                .andExpect(content().string(not(containsString(secret))));
        mvc.perform(get("/admin/webhooks/" + id).with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SMS gateway")))
                .andExpect(content().string(not(containsString(secret))));
        mvc.perform(get("/api/v1/webhooks/" + id + "/history").header("Authorization", logins.bearer("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("CREATED"))
                .andExpect(content().string(not(containsString(secret))))
                .andExpect(content().string(not(containsString("secretSealed"))));
    }

    /** Every page and API call of channels and deliveries, tried by each role that is not an administrator. */
    @ParameterizedTest
    @ValueSource(strings = {"hse", "director", "manager", "worker", "contractor1", "contractor1.worker"})
    void onlyTheOwnerCompanysAdministratorsSeeOrChangeChannelsAndDeliveries(String user) throws Exception {
        // switched off, so that it takes no other test's notifications
        var made = webhooks.create(
                        new WebhookSettings("Admins' pager", "https://pager.plant.example/hook", List.of(), false),
                        logins.viewer("admin"))
                .webhook();
        var channel = made.id();
        var delivery = UUID.randomUUID();
        var body = "{\"name\": \"Not mine\", \"url\": \"https://bot.plant.example/hook\"}";
        var bearer = logins.bearer(user);
        var session = logins.as(user);

        for (var call : List.of(
                post("/api/v1/webhooks").contentType(MediaType.APPLICATION_JSON).content(body),
                get("/api/v1/webhooks"),
                get("/api/v1/webhooks/{id}", channel),
                put("/api/v1/webhooks/{id}", channel)
                        .header("If-Match", "\"" + made.version() + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body),
                post("/api/v1/webhooks/{id}/secret", channel),
                get("/api/v1/webhooks/{id}/history", channel),
                get("/api/v1/deliveries"),
                post("/api/v1/deliveries/{id}/retry", delivery))) {
            mvc.perform(call.header("Authorization", bearer)).andExpect(status().isForbidden());
        }
        for (var call : List.of(
                get("/admin/webhooks"),
                post("/admin/webhooks").param("name", "Not mine").param("url", "https://bot.plant.example/hook"),
                get("/admin/webhooks/{id}", channel),
                post("/admin/webhooks/{id}", channel)
                        .param("version", String.valueOf(made.version()))
                        .param("name", "Not mine")
                        .param("url", "https://bot.plant.example/hook")
                        .param("enabled", "true"),
                post("/admin/webhooks/{id}/enabled", channel).param("enabled", "true"),
                post("/admin/webhooks/{id}/secret", channel),
                get("/admin/deliveries"),
                post("/admin/deliveries/{id}/retry", delivery))) {
            mvc.perform(call.with(session).with(csrf())).andExpect(status().isForbidden());
        }

        assertThat(stored("Not mine")).isZero();
        var after = webhooks.one(channel, logins.viewer("admin"));
        assertThat(after.version()).isEqualTo(made.version());
        assertThat(after.name()).isEqualTo("Admins' pager");
        assertThat(after.enabled()).isFalse();
        assertThat(webhooks.history(channel, logins.viewer("admin"))).hasSize(1);
    }

    @Test
    void aFailingDeliveryIsListedWithItsReasonForTheAdministratorWhoCanTryItAgainNow() throws Exception {
        var kind = NotificationKinds.FATAL_CONTROL_FAILED;
        var name = "Unreachable pager " + UUID.randomUUID().toString().substring(0, 8);
        var pager = channels.make(name, "http://127.0.0.1:9/hook", List.of(kind.key()))
                .webhook()
                .id()
                .toString();
        var postings = new Postings(events, transactions, jdbc);
        var notification =
                notification(postings.personWithEmail(0).id(), kind.key(), kind.severity(), Locale.ENGLISH, "Fails");
        postings.post(notification, 1);
        worker.deliverDue();
        var failed = postings.deliveries(notification).stream()
                .filter(row -> row.channel().equals("WEBHOOK") && row.target().equals(pager))
                .findFirst()
                .orElseThrow();
        assertThat(failed.status()).isEqualTo("FAILED");

        mvc.perform(get("/admin/deliveries")
                        .param("status", "FAILED")
                        .param("channel", "WEBHOOK")
                        .param("size", "100")
                        .with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
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
    void theWebhookPageShowsTheNewSecretOnceOnTheChannelsPageAndABadAddressBesideItsField() throws Exception {
        var made = mvc.perform(post("/admin/webhooks")
                        .with(logins.as("admin"))
                        .with(csrf())
                        .param("name", "Messenger bot")
                        .param("url", "https://bot.plant.example/tandem")
                        .param("kinds", "action.overdue", "risk.fatal-control-failed")
                        .param("enabled", "true"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        var issued = (Webhooks.IssuedWebhook) made.getFlashMap().get("issued");
        channels.keep(issued.webhook().id());
        assertThat(made.getResponse().getRedirectedUrl())
                .isEqualTo("/admin/webhooks/" + issued.webhook().id());
        assertThat(issued.secret()).startsWith("whsec_");
        assertThat(issued.webhook().kinds()).containsExactly("action.overdue", "risk.fatal-control-failed");
        var page = "/admin/webhooks/" + issued.webhook().id();
        mvc.perform(get(page).with(logins.as("admin")).flashAttr("issued", issued))
                .andExpect(content().string(containsString(issued.secret())));
        mvc.perform(get(page).with(logins.as("admin")))
                .andExpect(content().string(containsString("Messenger bot")))
                .andExpect(content().string(not(containsString(issued.secret()))));
        mvc.perform(get("/admin/webhooks").with(logins.as("admin")))
                .andExpect(content().string(containsString("Action overdue")))
                .andExpect(content().string(containsString("Critical control of a fatal risk failed")))
                .andExpect(content().string(not(containsString(issued.secret()))));

        mvc.perform(post("/admin/webhooks")
                        .with(logins.as("admin"))
                        .with(csrf())
                        .param("name", "With a password")
                        .param("url", "https://user:secret@bot.plant.example/tandem")
                        .param("enabled", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("may not contain a user name or password")));
        assertThat(stored("With a password")).isZero();
    }

    /** A kind the page does not offer, sent all the same, is refused beside the kinds in either language. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void anUnknownKindSentFromThePageIsRefusedBesideTheKindsAndNothingIsStored(String language) throws Exception {
        var name = "Made-up kinds " + language;
        mvc.perform(post("/admin/webhooks")
                        .with(logins.as("admin"))
                        .with(csrf())
                        .param("lang", language)
                        .param("name", name)
                        .param("url", "https://bot.plant.example/tandem")
                        .param("kinds", "action.overdue", "test.unheard-of")
                        .param("enabled", "true"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                language.equals("en")
                                        ? "Not a kind of notification Tandem makes: test.unheard-of"
                                        : "Таких видов уведомлений в Tandem нет: test.unheard-of")))
                .andExpect(content()
                        .string(containsString(
                                language.equals("en")
                                        ? "test.unheard-of (not a kind Tandem makes)"
                                        : "test.unheard-of (такого вида уведомлений в Tandem нет)")));
        assertThat(stored(name)).isZero();
    }

    private long stored(String name) {
        return jdbc.sql("select count(*) from webhook_channel where name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }
}
