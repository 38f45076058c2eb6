package dev.tandem.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.history.HistoryEntry;
import dev.tandem.identity.Logins;
import dev.tandem.notification.delivery.Webhooks.Webhook;
import dev.tandem.notification.delivery.Webhooks.WebhookSettings;
import dev.tandem.shared.Precondition;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Changing a webhook channel through the API and its page: on the version the administrator saw, refused whole on
 * bad input, and kept in the channel's history without its secret. The channels made here stay switched off, so that
 * they take no notification of any test.
 */
@TandemIntegrationTest
class WebhookChangesIntegrationTests {

    private static final String BOT = "https://bot.plant.example/tandem";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Webhooks webhooks;

    Logins logins;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
    }

    @Test
    void anAdministratorChangesAChannelOnTheVersionTheySawAndItsHistoryShowsWhatChangedButNoSecret() throws Exception {
        var made = webhooks.create(
                new WebhookSettings("Shift bot", BOT, List.of("action.overdue"), false), logins.viewer("admin"));
        var id = made.webhook().id();
        mvc.perform(get("/api/v1/webhooks/" + id).header("Authorization", logins.bearer("admin")))
                .andExpect(header().string("ETag", "\"0\""));

        change(
                        id,
                        "\"0\"",
                        "{\"name\": \"Night shift bot\", \"url\": \"https://night.plant.example/hook\","
                                + " \"kinds\": [\"risk.fatal-control-failed\", \"action.overdue\"]}")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.name").value("Night shift bot"))
                .andExpect(jsonPath("$.kinds[1]").value("risk.fatal-control-failed"))
                .andExpect(jsonPath("$.enabled").value(false))
                .andExpect(jsonPath("$.secret").doesNotExist());
        var renewed = mvc.perform(
                        post("/api/v1/webhooks/" + id + "/secret").header("Authorization", logins.bearer("admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.secret").value(containsString("whsec_")))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");

        var history = mvc.perform(
                        get("/api/v1/webhooks/" + id + "/history").header("Authorization", logins.bearer("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[1].kind").value("UPDATED"))
                .andExpect(jsonPath("$[1].by").value(logins.viewer("admin").displayName()))
                .andExpect(jsonPath("$[1].changes.name.from").value("Shift bot"))
                .andExpect(jsonPath("$[1].changes.name.to").value("Night shift bot"))
                .andExpect(jsonPath("$[1].changes.url.from").value(BOT))
                .andExpect(jsonPath("$[1].changes.url.to").value("https://night.plant.example/hook"))
                .andExpect(jsonPath("$[1].changes.kinds.to").value("[action.overdue, risk.fatal-control-failed]"))
                .andExpect(jsonPath("$[1].changes.switchedOn").doesNotExist())
                .andExpect(jsonPath("$[2].changes.secretIssuedAt.to").exists())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(history)
                .doesNotContain(made.secret())
                .doesNotContain(renewed)
                .doesNotContain("whsec_")
                .doesNotContain("secretSealed");
    }

    @Test
    void aStaleOrMissingVersionChangesNothing() throws Exception {
        var id = made("Stale bot");
        change(id, "\"0\"", "{\"name\": \"First change\", \"url\": \"" + BOT + "\"}")
                .andExpect(status().isOk());
        var before = webhooks.one(id, logins.viewer("admin"));

        change(id, "\"0\"", "{\"name\": \"Over the first\", \"url\": \"" + BOT + "\"}")
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        change(id, null, "{\"name\": \"Without a version\", \"url\": \"" + BOT + "\"}")
                .andExpect(status().isPreconditionRequired());

        assertUnchanged(id, before, 2);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"name\": \"Bad kind\", \"url\": \"" + BOT + "\", \"kinds\": [\"action.overdue\", \"made.up\"]}",
                "{\"name\": \"\", \"url\": \"" + BOT + "\"}",
                "{\"name\": \"Bad address\", \"url\": \"ftp://files.plant.example/hook\"}",
                "{\"name\": \"Credentials\", \"url\": \"https://bot:pass@bot.plant.example/hook\"}"
            })
    void badInputOnAChangeIsRefusedAndChangesNothing(String body) throws Exception {
        var id = made("Bad input bot");
        var before = webhooks.one(id, logins.viewer("admin"));

        change(id, "\"0\"", body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").exists());

        assertUnchanged(id, before, 1);
    }

    @Test
    void theChannelsPageChangesItAndShowsItsHistoryInBothLanguages() throws Exception {
        var id = made("Page bot");
        var page = "/admin/webhooks/" + id;
        mvc.perform(get(page).with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Page bot\"")))
                .andExpect(content().string(containsString("Action overdue")))
                .andExpect(content().string(containsString("History")));

        mvc.perform(post(page)
                        .with(logins.as("admin"))
                        .with(csrf())
                        .param("version", "0")
                        .param("name", "Page bot, moved")
                        .param("url", "https://moved.plant.example/hook")
                        .param("kinds", "event.early-warning")
                        .param("_enabled", "on"))
                .andExpect(redirectedUrl(page + "?saved"));

        var changed = webhooks.one(id, logins.viewer("admin"));
        assertThat(changed.name()).isEqualTo("Page bot, moved");
        assertThat(changed.url()).isEqualTo("https://moved.plant.example/hook");
        assertThat(changed.kinds()).containsExactly("event.early-warning");
        assertThat(changed.enabled()).isFalse();
        // the history panel's entry of the change, each field from and to by its label
        mvc.perform(get(page).with(logins.as("admin")))
                .andExpect(content().string(containsString("<strong>Address</strong>")))
                .andExpect(content().string(containsString("<span>https://moved.plant.example/hook</span>")))
                .andExpect(content().string(containsString("<strong>Kinds it receives</strong>")))
                .andExpect(content().string(containsString("<span>Action overdue</span>")))
                .andExpect(content().string(containsString("<span>Early warning</span>")))
                .andExpect(content().string(containsString("<strong>Switched on</strong>")));
        mvc.perform(get(page).with(logins.as("admin")).param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("История")))
                .andExpect(content().string(containsString("<strong>Адрес</strong>")))
                .andExpect(content().string(containsString("<span>Мероприятие просрочено</span>")))
                .andExpect(content().string(containsString("<span>Раннее предупреждение</span>")))
                .andExpect(content().string(containsString("<strong>Включён</strong>")))
                .andExpect(content().string(containsString("изменено")));

        // no kind ticked means every kind, and the history says so rather than showing a blank
        mvc.perform(post(page)
                        .with(logins.as("admin"))
                        .with(csrf())
                        .param("version", "1")
                        .param("name", "Page bot, moved")
                        .param("url", "https://moved.plant.example/hook")
                        .param("_enabled", "on"))
                .andExpect(redirectedUrl(page + "?saved"));
        assertThat(webhooks.one(id, logins.viewer("admin")).kinds()).isEmpty();
        mvc.perform(get(page).with(logins.as("admin")))
                .andExpect(content().string(containsString("<span>every kind</span>")));
        mvc.perform(get(page).with(logins.as("admin")).param("lang", "ru"))
                .andExpect(content().string(containsString("<span>все виды</span>")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void thePageSaysWhenSomeoneElseChangedTheChannelMeanwhileOrAKindIsUnknownAndChangesNothing(String language)
            throws Exception {
        var id = made("Raced bot " + language);
        webhooks.change(
                id,
                new WebhookSettings("Changed first " + language, BOT, List.of(), false),
                Precondition.ifMatch("\"0\""),
                logins.viewer("admin"));
        var before = webhooks.one(id, logins.viewer("admin"));
        var english = language.equals("en");

        pageChange(id, language, "0", "action.overdue")
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                english
                                        ? "Someone else changed this record meanwhile"
                                        : "Запись тем временем изменил кто-то другой")));
        pageChange(id, language, "1", "no.such-kind")
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                english
                                        ? "Not a kind of notification Tandem makes: no.such-kind"
                                        : "Таких видов уведомлений в Tandem нет: no.such-kind")))
                .andExpect(content().string(containsString("value=\"Over the top\"")));

        assertUnchanged(id, before, 2);
    }

    @Test
    void theListSwitchesAChannelOnAndOffAndTheHistoryKeepsIt() throws Exception {
        var id = made("Switched bot");

        mvc.perform(post("/admin/webhooks/" + id + "/enabled")
                        .with(logins.as("admin"))
                        .with(csrf())
                        .param("enabled", "true"))
                .andExpect(redirectedUrl("/admin/webhooks"));
        assertThat(webhooks.one(id, logins.viewer("admin")).enabled()).isTrue();
        mvc.perform(post("/admin/webhooks/" + id + "/enabled")
                        .with(logins.as("admin"))
                        .with(csrf())
                        .param("enabled", "false"))
                .andExpect(redirectedUrl("/admin/webhooks"));

        assertThat(webhooks.one(id, logins.viewer("admin")).enabled()).isFalse();
        assertThat(webhooks.history(id, logins.viewer("admin")))
                .extracting(entry -> entry.changes().get("switchedOn"))
                .containsExactly(
                        new HistoryEntry.Change(null, "false"),
                        new HistoryEntry.Change("false", "true"),
                        new HistoryEntry.Change("true", "false"));
    }

    /** A channel that is off, receiving action.overdue. */
    private UUID made(String name) {
        return webhooks.create(new WebhookSettings(name, BOT, List.of("action.overdue"), false), logins.viewer("admin"))
                .webhook()
                .id();
    }

    private ResultActions change(UUID id, String ifMatch, String body) throws Exception {
        var request = put("/api/v1/webhooks/" + id)
                .header("Authorization", logins.bearer("admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return mvc.perform(request);
    }

    private ResultActions pageChange(UUID id, String language, String version, String kind) throws Exception {
        return mvc.perform(post("/admin/webhooks/" + id)
                .with(logins.as("admin"))
                .with(csrf())
                .param("lang", language)
                .param("version", version)
                .param("name", "Over the top")
                .param("url", BOT)
                .param("kinds", kind)
                .param("enabled", "true"));
    }

    private void assertUnchanged(UUID id, Webhook before, int historyEntries) {
        var after = webhooks.one(id, logins.viewer("admin"));
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.name()).isEqualTo(before.name());
        assertThat(after.url()).isEqualTo(before.url());
        assertThat(after.kinds()).isEqualTo(before.kinds());
        assertThat(after.enabled()).isEqualTo(before.enabled());
        assertThat(webhooks.history(id, logins.viewer("admin"))).hasSize(historyEntries);
    }
}
