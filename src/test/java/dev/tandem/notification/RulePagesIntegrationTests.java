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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * Who hears of what, by kind and site, as the safety department and administrators set it on the page; the page also
 * names the roles that rules and ladders call on and nobody holds at a site.
 */
@TandemIntegrationTest
class RulePagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NotificationRules rules;

    Logins logins;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
    }

    @Test
    void aSitesOwnRuleReplacesTheRuleForEverySite() throws Exception {
        var before = rows("event.reported");
        var site = jdbc.sql("select id from site where voided_at is null order by code limit 1")
                .query(UUID.class)
                .single();
        try {
            mvc.perform(post("/notifications/rules/event.reported")
                            .with(logins.as("hse"))
                            .with(csrf())
                            .param("roles-all", "SITE_HSE")
                            .param("own", site.toString())
                            .param("roles-" + site, "AREA_MANAGER", "SITE_DIRECTOR"))
                    .andExpect(redirectedUrl("/notifications/rules?saved=event.reported#event.reported"));

            assertThat(rules.roles("event.reported", site))
                    .containsExactlyInAnyOrder(RecipientRole.AREA_MANAGER, RecipientRole.SITE_DIRECTOR);
            assertThat(rules.roles("event.reported", UUID.randomUUID())).containsExactly(RecipientRole.SITE_HSE);
            mvc.perform(get("/notifications/rules").with(logins.as("admin")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"event.reported-own-" + site + "\" checked")));
        } finally {
            restore("event.reported", before);
        }
    }

    @Test
    void aRoleNobodyHoldsAtASiteIsReportedInBothLanguages() throws Exception {
        var site = UUID.randomUUID();
        jdbc.sql(
                        """
                        insert into site (id, code, name, time_zone, version)
                        values (:id, :code, 'Site without a director', 'Europe/Moscow', 0)""")
                .param("id", site)
                .param("code", "N" + site.toString().substring(0, 6))
                .update();
        try {
            assertThat(unheldItem("en", "action.overdue", "SITE_DIRECTOR"))
                    .startsWith("Action overdue: nobody is Site director at ")
                    .contains("Site without a director")
                    .endsWith("(escalation ladder)");
            assertThat(unheldItem("ru", "action.overdue", "SITE_DIRECTOR"))
                    .startsWith("Мероприятие просрочено: нет роли «Директор площадки»: ")
                    .contains("Site without a director");
        } finally {
            jdbc.sql("delete from site where id = :id").param("id", site).update();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"manager", "director", "worker", "contractor1", "contractor1.worker"})
    void nobodyElseSeesOrChangesTheRules(String username) throws Exception {
        var before = rows("action.assigned");
        mvc.perform(get("/").with(logins.as(username)))
                .andExpect(content().string(not(containsString("href=\"/notifications/rules\""))));
        mvc.perform(get("/notifications/rules").with(logins.as(username))).andExpect(status().isForbidden());
        mvc.perform(post("/notifications/rules/action.assigned")
                        .with(logins.as(username))
                        .with(csrf())
                        .param("roles-all", "MANAGING_DIRECTOR"))
                .andExpect(status().isForbidden());

        assertThat(rows("action.assigned")).isEqualTo(before);
    }

    @Test
    void anUnknownRoleIsRefusedAndNothingChanges() throws Exception {
        var before = rows("action.assigned");

        mvc.perform(post("/notifications/rules/action.assigned")
                        .with(logins.as("hse"))
                        .with(csrf())
                        .param("roles-all", "OWNER", "KING"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/notifications/rules/action.assigned")
                        .with(logins.as("hse"))
                        .with(csrf())
                        .param("roles-all", "OWNER")
                        .param("own", UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest());

        assertThat(rows("action.assigned")).isEqualTo(before);
    }

    /** The text of the page's item that reports the role unheld for the kind, in the language. */
    private String unheldItem(String language, String kind, String role) throws Exception {
        var page = mvc.perform(
                        get("/notifications/rules").with(logins.as("hse")).param("lang", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var item = Pattern.compile("data-kind=\"" + Pattern.quote(kind) + "\" data-role=\"" + role + "\"[^>]*>([^<]*)<")
                .matcher(page);
        assertThat(item.find()).as("an item for %s %s", kind, role).isTrue();
        return HtmlUtils.htmlUnescape(item.group(1)).strip();
    }

    private List<Map<String, Object>> rows(String kind) {
        return jdbc.sql("select site_id, role from notification_rule where kind = :kind order by site_id, role")
                .param("kind", kind)
                .query()
                .listOfRows();
    }

    private void restore(String kind, List<Map<String, Object>> rows) {
        jdbc.sql("delete from notification_rule where kind = :kind")
                .param("kind", kind)
                .update();
        for (var row : rows) {
            jdbc.sql(
                            "insert into notification_rule (id, kind, site_id, role, version) values (:id, :kind, :site, :role, 0)")
                    .param("id", UUID.randomUUID())
                    .param("kind", kind)
                    .param("site", row.get("site_id"))
                    .param("role", row.get("role"))
                    .update();
        }
    }
}
