package dev.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.demo.DemoProperties;
import dev.tandem.organisation.PlantStructure;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The inbox over HTTP, as a page and as the API: each person's own notifications, read off by acknowledging them. */
@TandemIntegrationTest
class InboxIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    NotifyingFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new NotifyingFixture(context);
    }

    @Test
    void theApiListsOnlyTheCallersOwnNotificationsAndAcknowledgingOneReadsItOff() throws Exception {
        var id = overdueNotificationOfTheWorker("Mend the ladder");
        var worker = fixture.logins.bearer("worker");
        long unread = unread(worker);

        mvc.perform(get("/api/v1/notifications").param("unread", "true").header("Authorization", worker))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == '%s')].title".formatted(id))
                        .value(hasItem(containsString("Mend the ladder"))));
        var managers = mvc.perform(get("/api/v1/notifications")
                        .param("size", "100")
                        .header("Authorization", fixture.logins.bearer("manager")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(managers, "$.items[*].id")).doesNotContain(id.toString());

        mvc.perform(post("/api/v1/notifications/{id}/acknowledge", id)
                        .header("Authorization", fixture.logins.bearer("manager")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(post("/api/v1/notifications/{id}/acknowledge", id).header("Authorization", worker))
                .andExpect(status().isOk());
        assertThat(unread(worker)).isEqualTo(unread - 1);
        mvc.perform(get("/api/v1/notifications").param("unread", "true").header("Authorization", worker))
                .andExpect(jsonPath("$.items[?(@.id == '%s')]".formatted(id)).isEmpty());
    }

    @Test
    void theInboxPageListsANotificationAndOpeningItAcknowledgesItAndShowsTheRecord() throws Exception {
        var id = overdueNotificationOfTheWorker("Paint the kerb");
        var action = notifications.notification(id).orElseThrow().record();

        var page = mvc.perform(get("/notifications").with(fixture.logins.as("worker")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Paint the kerb").contains("data-notification=\"" + id + "\"");

        mvc.perform(post("/notifications/{id}/open", id)
                        .with(fixture.logins.as("manager"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notifications/{id}/open", id)
                        .with(fixture.logins.as("worker"))
                        .with(csrf()))
                .andExpect(redirectedUrl(action.path()));
        mvc.perform(get("/api/v1/notifications")
                        .param("unread", "true")
                        .header("Authorization", fixture.logins.bearer("worker")))
                .andExpect(jsonPath("$.items[?(@.id == '%s')]".formatted(id)).isEmpty());
    }

    @Test
    void markingAllReadThroughTheApiReadsOffTheCallersOwnOfTheFilteredKindOnly() throws Exception {
        var overdue = overdueNotificationOfTheWorker("Fix the gate latch");
        var assigned = assignedNotification("worker", "Sweep the bay");
        var managers = assignedNotification("manager", "Check the bay lights");
        var worker = fixture.logins.bearer("worker");

        mvc.perform(post("/api/v1/notifications/acknowledge-all")
                        .param("kind", "action.assigned")
                        .header("Authorization", worker))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.acknowledged").value(greaterThanOrEqualTo(1)));

        assertThat(read(assigned)).isTrue();
        assertThat(read(overdue)).isFalse();
        assertThat(read(managers)).isFalse();
        mvc.perform(get("/api/v1/notifications")
                        .param("unread", "true")
                        .param("kind", "action.assigned")
                        .header("Authorization", worker))
                .andExpect(jsonPath("$.items").isEmpty());
    }

    @Test
    void theInboxPageMarksAllReadThatItsFilterShowsAndComesBackWithTheFilter() throws Exception {
        var overdue = overdueNotificationOfTheWorker("Tighten the handrail");
        var assigned = assignedNotification("worker", "Label the valves");
        mvc.perform(get("/notifications").param("kind", "action.overdue").with(fixture.logins.as("worker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-acknowledge-all")));

        mvc.perform(post("/notifications/acknowledge-all")
                        .param("kind", "action.overdue")
                        .with(fixture.logins.as("worker"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/notifications?kind=action.overdue"));

        assertThat(read(overdue)).isTrue();
        assertThat(read(assigned)).isFalse();
    }

    @Test
    void aNotificationIsWrittenInTheLanguageItsRecipientChoseElseInThePlantsAndSigningInOpensPagesInIt()
            throws Exception {
        try {
            chooseLanguage("en");
            assertThat(notifications.notification(overdueNotificationOfTheWorker("Oil the hinge")))
                    .get()
                    .satisfies(notification -> {
                        assertThat(notification.language()).isEqualTo(Locale.ENGLISH);
                        assertThat(notification.title()).isEqualTo("Action overdue: Oil the hinge");
                    });
            mvc.perform(formLogin("/login").user("worker").password(DemoProperties.PASSWORD))
                    .andExpect(cookie().value("tandem-language", "en"));

            chooseLanguage("");
            var plants = context.getBean(PlantStructure.class).enterprise().locale();
            assertThat(notifications.notification(overdueNotificationOfTheWorker("Grease the chain")))
                    .get()
                    .satisfies(notification -> {
                        assertThat(notification.language()).isEqualTo(plants);
                        assertThat(notification.title())
                                .isEqualTo(context.getMessage(
                                        "notification.kind.action.overdue.title",
                                        new Object[] {"Grease the chain"},
                                        plants));
                    });
        } finally {
            chooseLanguage("");
        }
    }

    private void chooseLanguage(String language) throws Exception {
        mvc.perform(post("/account/language")
                        .param("language", language)
                        .with(fixture.logins.as("worker"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/account?languageChosen"));
    }

    private UUID overdueNotificationOfTheWorker(String title) {
        var action = fixture.action("worker", title);
        return notifications
                .post(
                        new Announcement(
                                NotificationKinds.ACTION_OVERDUE.key(),
                                ActionSubjects.link(action),
                                "2026-01-01",
                                List.of(title, "2026-01-01")),
                        Set.of(RecipientRole.OWNER))
                .get(0)
                .id();
    }

    /** The "assigned" notification of an action raised for the owner. */
    private UUID assignedNotification(String owner, String title) {
        var action = fixture.action(owner, title);
        return jdbc.sql("select id from notification where record_id = :action and kind = 'action.assigned'")
                .param("action", action)
                .query(UUID.class)
                .single();
    }

    private boolean read(UUID notification) {
        return jdbc.sql("select acknowledged_at is not null from notification where id = :id")
                .param("id", notification)
                .query(Boolean.class)
                .single();
    }

    private long unread(String bearer) throws Exception {
        var body = mvc.perform(get("/api/v1/notifications/unread").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.unread")).longValue();
    }
}
