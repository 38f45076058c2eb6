package dev.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import dev.tandem.shared.Precondition;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The ladder pages: the safety department and administrators read and change them, in English and Russian, with the
 * history of every change; nobody else sees them in the menu or reaches them.
 */
@TandemIntegrationTest
class LadderPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    Logins logins;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
    }

    @Test
    void theSafetyDepartmentReadsTheDefaultLadderInBothLanguages() throws Exception {
        mvc.perform(get("/notifications/ladders").with(logins.as("hse")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Action overdue")))
                .andExpect(content().string(containsString("after 3 days: Area manager (the area")))
                .andExpect(content().string(containsString("after 14 days: Site director")));
        mvc.perform(get("/notifications/ladders").with(logins.as("admin")).param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Лестницы эскалации")))
                .andExpect(content().string(containsString("через 7 дн.: Специалисты ОТиПБ площадки")));
        mvc.perform(get("/").with(logins.as("hse")))
                .andExpect(content().string(containsString("href=\"/notifications/ladders\"")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"manager", "director", "worker", "contractor1", "contractor1.worker"})
    void nobodyElseSeesOrChangesALadder(String username) throws Exception {
        var before = ladderRows("action.overdue");
        mvc.perform(get("/").with(logins.as(username)))
                .andExpect(content().string(not(containsString("href=\"/notifications/ladders\""))));
        mvc.perform(get("/notifications/ladders").with(logins.as(username))).andExpect(status().isForbidden());
        mvc.perform(get("/notifications/ladders/action.overdue").with(logins.as(username)))
                .andExpect(status().isForbidden());
        mvc.perform(step(
                        post("/notifications/ladders/action.overdue").with(logins.as(username)),
                        0,
                        "0",
                        "MINUTES",
                        "OWNER"))
                .andExpect(status().isForbidden());

        assertThat(ladderRows("action.overdue")).isEqualTo(before);
    }

    @Test
    void everyChangeOfALadderIsInItsHistory() throws Exception {
        try {
            changeTheEarlyWarningLadderTwice();
        } finally {
            // early warnings of the other tests climb no ladder
            context.getBean(Ladders.class)
                    .change(
                            "event.early-warning",
                            new ChangeLadder(List.of(), null),
                            Precondition.none(),
                            logins.viewer("hse"));
        }
    }

    private void changeTheEarlyWarningLadderTwice() throws Exception {
        var page = "/notifications/ladders/event.early-warning";
        var created = step(
                step(post(page).with(logins.as("hse")), 0, "0", "MINUTES", "AREA_MANAGER"),
                1,
                "2",
                "HOURS",
                "SITE_HSE");
        mvc.perform(created).andExpect(redirectedUrl(page + "?saved"));
        mvc.perform(step(
                                step(post(page).with(logins.as("hse")), 0, "0", "MINUTES", "AREA_MANAGER"),
                                1,
                                "1",
                                "HOURS",
                                "SITE_DIRECTOR")
                        .param("version", "0")
                        .param("repeatEvery", "30")
                        .param("repeatUnit", "MINUTES"))
                .andExpect(redirectedUrl(page + "?saved"));

        assertThat(ladderRows("event.early-warning")).containsExactly("0 AREA_MANAGER", "60 SITE_DIRECTOR");
        mvc.perform(get(page).with(logins.as("hse")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("steps[2].role")))
                .andExpect(content().string(containsString("SITE_HSE")))
                .andExpect(content().string(containsString("SITE_DIRECTOR")))
                .andExpect(content().string(containsString("Repeat the last step every, minutes")))
                .andExpect(content().string(containsString("changed")))
                .andExpect(content().string(containsString("created")));
    }

    @Test
    void aLadderThatBreaksTheRulesComesBackWithItsMessageAndNothingChanges() throws Exception {
        var before = ladderRows("action.overdue");
        var page = "/notifications/ladders/action.overdue";

        mvc.perform(step(step(post(page).with(logins.as("admin")), 0, "1", "DAYS", "OWNER"), 1, "24", "HOURS", "OWNER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The same people are told twice at the same time")));
        mvc.perform(step(post(page).with(logins.as("admin")), 0, "1", "DAYS", "OWNER")
                        .param("repeatEvery", "2")
                        .param("repeatUnit", "MINUTES"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("every 5 minutes at the most often")));
        mvc.perform(step(post(page).with(logins.as("admin")), 0, "-1", "DAYS", "OWNER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));

        assertThat(ladderRows("action.overdue")).isEqualTo(before);
    }

    private static MockHttpServletRequestBuilder step(
            MockHttpServletRequestBuilder request, int index, String after, String unit, String role) {
        var prefix = "steps[" + index + "].";
        return request.with(csrf())
                .param(prefix + "after", after)
                .param(prefix + "unit", unit)
                .param(prefix + "role", role);
    }

    private List<String> ladderRows(String kind) {
        return jdbc.sql(
                        """
                        select s.after_minutes || ' ' || s.role from escalation_step s
                        join escalation_ladder l on l.id = s.escalation_ladder
                        where l.kind = :kind order by s.escalation_ladder_key""")
                .param("kind", kind)
                .query(String.class)
                .list();
    }
}
