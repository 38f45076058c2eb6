package dev.tandem.contractor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A contractor's portal is its supervisor's: its engagements with their mentors, its onboarding and documents, and
 * the way to what it keeps; another contractor's supervisor sees its own organisation there, and nobody else has one.
 */
@TandemIntegrationTest
class PortalIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void aContractorsSupervisorSeesItsEngagementsMentorAndOnboardingAndNothingOfAnotherContractor() throws Exception {
        var fixture = new ContractorFixture(mvc, context);
        var scene = new EngagementScene(fixture, context);
        var engagement = scene.activeEngagement().toString();
        var mentorName = fixture.jdbc
                .sql("select full_name from person where id = :id")
                .param("id", scene.mentorPerson)
                .query(String.class)
                .single();

        mvc.perform(get("/contractors/portal").with(fixture.logins.as(scene.contractor.supervisor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-engagement=\"" + engagement + "\"")))
                .andExpect(content().string(containsString(mentorName)))
                .andExpect(content().string(containsString("/contractors/" + scene.contractor.id() + "/onboarding")));
        mvc.perform(get("/contractors/portal").with(fixture.logins.as("contractor1")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(engagement))))
                .andExpect(content()
                        .string(not(containsString(scene.contractor.id().toString()))));
        for (var user : new String[] {"hse", scene.mentor, "contractor1.worker", "worker"}) {
            mvc.perform(get("/contractors/portal").with(fixture.logins.as(user)))
                    .andExpect(status().isForbidden());
        }
    }
}
