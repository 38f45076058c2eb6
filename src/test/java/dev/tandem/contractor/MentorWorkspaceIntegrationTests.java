package dev.tandem.contractor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The mentor's workspace lists the contractors of the engagements the viewer mentors, each with its engagements,
 * onboarding, documents, findings, overdue actions, recent events and its next meeting (not planned by any module
 * yet); another manager does not see them there, and a contractor's people and workers have no workspace.
 */
@TandemIntegrationTest
class MentorWorkspaceIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void aMentorSeesTheContractorsOfTheEngagementsTheyMentorAndNobodyElseDoes() throws Exception {
        var fixture = new ContractorFixture(mvc, context);
        var scene = new EngagementScene(fixture, context);
        var contractor = scene.contractor.id().toString();
        var engagement = scene.activeEngagement().toString();

        fixture.call(scene.mentor, get("/api/v1/contractors/mine"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].organisationId", hasItem(contractor)))
                .andExpect(jsonPath(
                        "$[?(@.organisationId == '%s')].engagements[*].id".formatted(contractor), hasItem(engagement)))
                .andExpect(jsonPath(
                        "$[?(@.organisationId == '%s')].standing.startedOn".formatted(contractor),
                        hasItem(scene.today.toString())))
                .andExpect(jsonPath("$[?(@.organisationId == '%s')].overdueCount".formatted(contractor), hasItem(0)));
        mvc.perform(get("/contractors/mine").with(fixture.logins.as(scene.mentor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-mentored=\"" + contractor + "\"")))
                .andExpect(content().string(containsString("data-mentored-meeting")));

        // the manager of the other area mentors nothing of it; a contractor's people have no workspace
        var other = "novice" + scene.mentor.substring("mentor".length());
        fixture.call(other, get("/api/v1/contractors/mine"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].organisationId", not(hasItem(contractor))));
        for (var user : new String[] {scene.contractor.supervisor(), "contractor1", "worker"}) {
            fixture.call(user, get("/api/v1/contractors/mine"), null).andExpect(status().isForbidden());
            mvc.perform(get("/contractors/mine").with(fixture.logins.as(user))).andExpect(status().isForbidden());
        }
    }
}
