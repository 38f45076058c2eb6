package dev.tandem.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Actions are raised on an investigation through the action module (source INVESTIGATION), and it closes only when
 * they are verified, or when a director accepts the rest with a reason.
 */
@TandemIntegrationTest
class InvestigationClosingIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    InvestigationFixture fixture;
    UUID id;
    String base;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new InvestigationFixture(mvc, context);
        id = fixture.openedByTheManager();
        base = "/api/v1/investigations/" + id;
    }

    @Test
    void itClosesOnceItsActionsAreVerifiedAndNotBefore() throws Exception {
        fixture.step("manager", post(base + "/close"), id, "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));

        var action = UUID.randomUUID();
        fixture.call(
                        "hse",
                        post("/api/v1/actions"),
                        """
                        {"id":"%s","title":"Inspect every sling before a lift","sourceType":"INVESTIGATION",
                         "sourceId":"%s","ownerPersonId":"%s","dueDate":"%s"}"""
                                .formatted(
                                        action,
                                        id,
                                        fixture.logins.viewer("manager").personId(),
                                        LocalDate.now().plusDays(10)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sourceType").value("INVESTIGATION"));
        fixture.step("manager", post(base + "/close"), id, "{\"reason\": \"Good enough\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        fixture.step("manager", post(base + "/close"), id, "{}").andExpect(status().isBadRequest());

        actionStep("manager", action, "start", "\"0\"", null);
        actionStep("manager", action, "complete", "\"1\"", "{\"note\":\"Checklist in use at the crane\"}");
        fixture.step("manager", post(base + "/close"), id, "{}").andExpect(status().isBadRequest());
        actionStep("hse", action, "verify", "\"2\"", null);

        fixture.step("contractor1", post(base + "/close"), id, "{}").andExpect(status().isNotFound());
        fixture.step("worker", post(base + "/close"), id, "{}").andExpect(status().isNotFound());
        fixture.step("manager", post(base + "/close"), id, "{}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
    }

    @Test
    void aDirectorClosesItWithActionsNotVerifiedOnlyWithAReason() throws Exception {
        fixture.step("director", post(base + "/close"), id, "{\"reason\": \"  \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        fixture.step(
                        "director",
                        post(base + "/close"),
                        id,
                        "{\"reason\": \"The crane is being replaced next month; nothing more to do on this one\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
        fixture.call("hse", get(base + "/history"), null)
                .andExpect(jsonPath("$[1].changes.acceptanceReason.to")
                        .value("The crane is being replaced next month; nothing more to do on this one"));
    }

    @Test
    void noContractorClosesOrAcceptsNotEvenOneOnItsTeamAndAnotherContractorDoesNotFindIt() throws Exception {
        var investigation = fixture.openedOnAContractorsWork();
        var close = "/api/v1/investigations/" + investigation + "/close";
        var acceptance = "{\"reason\": \"Nothing more to do\"}";
        var version = fixture.version(investigation);
        for (var body : List.of("{}", acceptance)) {
            fixture.step("contractor1.worker", post(close), investigation, body).andExpect(status().isForbidden());
            fixture.step("contractor2", post(close), investigation, body).andExpect(status().isNotFound());
            fixture.step("contractor1", post(close), investigation, body).andExpect(status().isNotFound());
        }
        fixture.call("hse", get("/api/v1/investigations/" + investigation), null)
                .andExpect(jsonPath("$.status").value("OPEN"));
        assertThat(fixture.version(investigation)).isEqualTo(version);
    }

    private void actionStep(String username, UUID action, String step, String version, String json) throws Exception {
        fixture.call(username, post("/api/v1/actions/" + action + "/" + step).header("If-Match", version), json)
                .andExpect(status().isOk());
    }
}
