package dev.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import dev.tandem.identity.Logins;
import dev.tandem.organisation.PlantStructure;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Each person's mutes and quiet hours, set through the API and consulted by the channels: they hold back INFO and
 * ACTION_NEEDED notifications, never CRITICAL ones, and quiet hours are read on the clock of the person's site.
 */
@TandemIntegrationTest
class NotificationPreferencesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    NotificationPreferences preferences;

    @Autowired
    PlantStructure plant;

    Logins logins;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
    }

    @Test
    void quietHoursOnTheSitesClockHoldBackAllButCriticalNotifications() throws Exception {
        var hse = logins.viewer("hse");
        var version = etag(
                mvc.perform(get("/api/v1/notification-preferences").header("Authorization", logins.bearer("hse"))));
        change("hse", version, "{\"mutedKinds\":[],\"quietFrom\":\"22:00\",\"quietUntil\":\"07:00\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quietFrom").value("22:00:00"))
                .andExpect(jsonPath("$.quietUntil").value("07:00:00"));

        var zone = plant.siteTimes().zone(hse.siteId());
        var night = ZonedDateTime.of(LocalDate.of(2026, 3, 2), LocalTime.of(23, 30), zone)
                .toInstant();
        var earlyMorning = ZonedDateTime.of(LocalDate.of(2026, 3, 3), LocalTime.of(6, 59), zone)
                .toInstant();
        var morning = ZonedDateTime.of(LocalDate.of(2026, 3, 3), LocalTime.of(7, 0), zone)
                .toInstant();
        var person = hse.personId();

        assertThat(preferences.inQuietHours(person, night)).isTrue();
        assertThat(preferences.inQuietHours(person, earlyMorning)).isTrue();
        assertThat(preferences.inQuietHours(person, morning)).isFalse();
        assertThat(preferences.holdsBack(person, "action.overdue", Severity.ACTION_NEEDED, night))
                .isTrue();
        assertThat(preferences.holdsBack(person, "action.due-soon", Severity.INFO, night))
                .isTrue();
        assertThat(preferences.holdsBack(person, "stopwork.raised", Severity.CRITICAL, night))
                .as("quiet hours never hold back a critical notification")
                .isFalse();
        assertThat(preferences.holdsBack(person, "action.overdue", Severity.ACTION_NEEDED, morning))
                .isFalse();
    }

    @Test
    void onlyInfoKindsAreMutedAndAMuteNeverHoldsBackACriticalNotification() throws Exception {
        var version = etag(
                mvc.perform(get("/api/v1/notification-preferences").header("Authorization", logins.bearer("manager"))));
        change("manager", version, "{\"mutedKinds\":[\"action.overdue\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mutedKinds"));
        change("manager", version, "{\"mutedKinds\":[\"event.reported\",\"action.due-soon\"]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mutedKinds.length()").value(2))
                .andExpect(jsonPath("$.quietFrom").doesNotExist());
        var person = logins.viewer("manager").personId();
        var now = Instant.now();

        assertThat(preferences.muted(person, "event.reported", Severity.INFO)).isTrue();
        assertThat(preferences.holdsBack(person, "event.reported", Severity.INFO, now))
                .isTrue();
        assertThat(preferences.muted(person, "stopwork.raised", Severity.CRITICAL))
                .isFalse();
        assertThat(preferences.holdsBack(person, "stopwork.raised", Severity.CRITICAL, now))
                .isFalse();
        assertThat(preferences.holdsBack(person, "action.assigned", Severity.INFO, now))
                .isFalse();
        assertThat(preferences.muted(logins.viewer("hse").personId(), "event.reported", Severity.INFO))
                .as("another person's mute")
                .isFalse();
    }

    @Test
    void halfQuietHoursAreRefusedAndNothingChanges() throws Exception {
        var before = etag(mvc.perform(
                get("/api/v1/notification-preferences").header("Authorization", logins.bearer("director"))));

        change("director", before, "{\"mutedKinds\":[\"event.reported\"],\"quietFrom\":\"22:00\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("quietUntil"));
        change("director", before, "{\"quietFrom\":\"22:00\",\"quietUntil\":\"22:00\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("quietUntil"));
        change("director", before, "{\"mutedKinds\":[\"not a kind\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mutedKinds"));
        change("director", before, "{\"mutedKinds\":[null]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mutedKinds"));

        mvc.perform(get("/api/v1/notification-preferences").header("Authorization", logins.bearer("director")))
                .andExpect(header().string("ETag", before))
                .andExpect(jsonPath("$.mutedKinds.length()").value(0));
    }

    @Test
    void aChangeNamesTheVersionItWasMadeOn() throws Exception {
        mvc.perform(put("/api/v1/notification-preferences")
                        .header("Authorization", logins.bearer("worker"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mutedKinds\":[]}"))
                .andExpect(status().isPreconditionRequired());
        var version = etag(
                mvc.perform(get("/api/v1/notification-preferences").header("Authorization", logins.bearer("worker"))));
        change("worker", version, "{\"quietFrom\":\"13:00\",\"quietUntil\":\"14:00\"}")
                .andExpect(status().isOk());

        change("worker", version, "{\"quietFrom\":\"12:00\",\"quietUntil\":\"14:00\"}")
                .andExpect(status().isPreconditionFailed());
    }

    @Test
    void thePageMutesInfoKindsOnlyAndListsWhatAlwaysComesInBothLanguages() throws Exception {
        mvc.perform(get("/notifications/preferences").with(logins.as("contractor1.worker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"event.reported\"")))
                .andExpect(content().string(not(containsString("value=\"action.overdue\""))))
                .andExpect(content().string(containsString("Action overdue")));
        mvc.perform(get("/notifications/preferences")
                        .with(logins.as("contractor1.worker"))
                        .param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Тихие часы")))
                .andExpect(content().string(containsString("Мероприятие просрочено")));

        mvc.perform(post("/notifications/preferences")
                        .with(logins.as("contractor1.worker"))
                        .with(csrf())
                        .param("mutedKinds", "event.reported", "action.overdue"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Only kinds for information can be muted")));
        var person = logins.viewer("contractor1.worker").personId();
        assertThat(preferences.muted(person, "event.reported", Severity.INFO)).isFalse();

        mvc.perform(post("/notifications/preferences")
                        .with(logins.as("contractor1.worker"))
                        .with(csrf())
                        .param("mutedKinds", "event.reported")
                        .param("quietFrom", "21:00")
                        .param("quietUntil", "06:30"))
                .andExpect(redirectedUrl("/notifications/preferences?saved"));
        assertThat(preferences.muted(person, "event.reported", Severity.INFO)).isTrue();
        assertThat(preferences.of(logins.viewer("contractor1.worker")).quietHours())
                .contains(new QuietHours(LocalTime.of(21, 0), LocalTime.of(6, 30)));
    }

    private ResultActions change(String username, String version, String body) throws Exception {
        return mvc.perform(put("/api/v1/notification-preferences")
                .header("Authorization", logins.bearer(username))
                .header("If-Match", version)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static String etag(ResultActions result) throws Exception {
        return result.andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
    }
}
