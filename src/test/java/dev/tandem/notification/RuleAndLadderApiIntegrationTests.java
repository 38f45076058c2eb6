package dev.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
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
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.util.Set;
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
 * Rules and ladders through the API as through their pages: each change is made on the version it was read at (a
 * stale one changes nothing), lands in the history, and bad input is a clear problem; only the owner company's safety
 * department and administrators read or change them.
 */
@TandemIntegrationTest
class RuleAndLadderApiIntegrationTests {

    private static final String RULES = "/api/v1/notifications/rules/";
    private static final String LADDERS = "/api/v1/notifications/ladders/";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    NotificationRules rules;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    Ladders ladders;

    Logins logins;
    String hse;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
        hse = logins.bearer("hse");
    }

    @Test
    void aKindsRulesChangeOnTheVersionReadAndEveryChangeIsInTheirHistory() throws Exception {
        var read = etag(RULES + "action.to-verify");
        var before = subscriptions.one("action.to-verify", Viewer.system()).everySite();
        try {
            var changed = putJson(RULES + "action.to-verify", read, "{\"everySite\":[\"SITE_DIRECTOR\"]}")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.everySite[0]").value("SITE_DIRECTOR"))
                    .andReturn()
                    .getResponse()
                    .getHeader("ETag");

            assertThat(changed).isNotEqualTo(read);
            assertThat(rules.roles("action.to-verify", UUID.randomUUID())).containsExactly(RecipientRole.SITE_DIRECTOR);
            var set = subscriptions.one("action.to-verify", Viewer.system());
            assertThat(subscriptions.history(set, Viewer.system()))
                    .last()
                    .satisfies(entry -> assertThat(entry.changes()).containsKey("everySite"));
            putJson(RULES + "action.to-verify", read, "{\"everySite\":[\"OWNER\"]}")
                    .andExpect(status().isPreconditionFailed());
            putJson(RULES + "action.to-verify", null, "{\"everySite\":[\"OWNER\"]}")
                    .andExpect(status().isPreconditionRequired());
            assertThat(rules.roles("action.to-verify", UUID.randomUUID())).containsExactly(RecipientRole.SITE_DIRECTOR);
            mvc.perform(get("/notifications/rules").with(logins.as("hse")))
                    .andExpect(content().string(containsString("Every site: who")));
        } finally {
            subscriptions.change(
                    "action.to-verify",
                    new Subscriptions.ChangeSubscriptions(before, null),
                    Precondition.none(),
                    Viewer.system());
        }
    }

    @Test
    void theRulesPageRefusesAFormFilledInOnAnOlderVersion() throws Exception {
        var set = subscriptions.one("event.early-warning", Viewer.system());
        var stale = set.version() - 1;

        mvc.perform(post("/notifications/rules/event.early-warning")
                        .with(logins.as("hse"))
                        .with(csrf())
                        .param("version", String.valueOf(stale))
                        .param("roles-all", "MANAGING_DIRECTOR"))
                .andExpect(
                        redirectedUrl("/notifications/rules?changedMeanwhile=event.early-warning#event.early-warning"));

        assertThat(rules.roles("event.early-warning", UUID.randomUUID())).isEqualTo(set.everySite());
    }

    @Test
    void badRulesAreRefusedWithAProblemAndChangeNothing() throws Exception {
        var read = etag(RULES + "event.reported");
        var before = rules.roles("event.reported", UUID.randomUUID());

        putJson(RULES + "event.reported", read, "{\"everySite\":[\"KING\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(startsWith("everySite"))));
        putJson(RULES + "event.reported", read, "{\"ownBySite\":{\"" + UUID.randomUUID() + "\":[\"OWNER\"]}}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        putJson(RULES + "no.such-kind", "\"0\"", "{\"everySite\":[\"OWNER\"]}")
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));

        assertThat(rules.roles("event.reported", UUID.randomUUID())).isEqualTo(before);
    }

    @Test
    void aLadderChangesOnTheVersionReadAndRefusesANegativeDelayOrAnUnknownRole() throws Exception {
        var read = etag(LADDERS + "action.overdue");
        var before = ladders.ladder("action.overdue", Viewer.system()).orElseThrow();
        var steps = "{\"steps\":[{\"afterMinutes\":0,\"role\":\"OWNER\"},{\"afterMinutes\":60,\"role\":\"SITE_HSE\"}]}";
        try {
            var changed = putJson(LADDERS + "action.overdue", read, steps)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.steps[1].afterMinutes").value(60))
                    .andReturn()
                    .getResponse()
                    .getHeader("ETag");
            putJson(LADDERS + "action.overdue", read, steps).andExpect(status().isPreconditionFailed());
            putJson(LADDERS + "action.overdue", null, steps).andExpect(status().isPreconditionRequired());
            putJson(LADDERS + "action.overdue", changed, "{\"steps\":[{\"afterMinutes\":-5,\"role\":\"OWNER\"}]}")
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
            putJson(LADDERS + "action.overdue", changed, "{\"steps\":[{\"afterMinutes\":5,\"role\":\"KING\"}]}")
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
            putJson(LADDERS + "no.such-kind", null, steps).andExpect(status().isNotFound());

            var ladder = ladders.ladder("action.overdue", Viewer.system()).orElseThrow();
            assertThat(ladder.steps()).extracting(EscalationStep::afterMinutes).containsExactly(0, 60);
            assertThat(ladders.history(ladder, Viewer.system())).last().satisfies(entry -> assertThat(entry.changes())
                    .containsKey("steps[2].afterMinutes"));
        } finally {
            ladders.change(
                    "action.overdue",
                    new ChangeLadder(before.steps(), before.repeatEveryMinutes()),
                    Precondition.none(),
                    Viewer.system());
        }
    }

    @Test
    void theOpenApiDocumentDescribesRulesAndLadders() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/notifications/rules/{kind}'].put")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/notifications/ladders/{kind}'].put")
                        .exists())
                .andExpect(
                        jsonPath("$.paths['/api/v1/notifications/rules'].get").exists());
    }

    @ParameterizedTest
    @ValueSource(strings = {"manager", "director", "worker", "contractor1"})
    void nobodyButTheSafetyDepartmentAndAdministratorsReadsOrChangesThem(String username) throws Exception {
        var bearer = logins.bearer(username);
        var rulesBefore = rules.roles("action.assigned", UUID.randomUUID());
        var ladderBefore =
                ladders.ladder("action.overdue", Viewer.system()).orElseThrow().version();

        for (var path :
                Set.of("/api/v1/notifications/rules", "/api/v1/notifications/ladders", RULES + "action.assigned")) {
            mvc.perform(get(path).header("Authorization", bearer)).andExpect(status().isForbidden());
        }
        mvc.perform(put(RULES + "action.assigned")
                        .header("Authorization", bearer)
                        .header("If-Match", etag(RULES + "action.assigned"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"everySite\":[\"MANAGING_DIRECTOR\"]}"))
                .andExpect(status().isForbidden());
        mvc.perform(put(LADDERS + "action.overdue")
                        .header("Authorization", bearer)
                        .header("If-Match", etag(LADDERS + "action.overdue"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"steps\":[]}"))
                .andExpect(status().isForbidden());

        assertThat(rules.roles("action.assigned", UUID.randomUUID())).isEqualTo(rulesBefore);
        assertThat(ladders.ladder("action.overdue", Viewer.system())
                        .orElseThrow()
                        .version())
                .isEqualTo(ladderBefore);
    }

    private String etag(String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", hse))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
    }

    private ResultActions putJson(String path, String ifMatch, String body) throws Exception {
        var request = put(path)
                .header("Authorization", hse)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return mvc.perform(request);
    }
}
