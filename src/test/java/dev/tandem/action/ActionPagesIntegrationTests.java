package dev.tandem.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The action pages: raising from an event on a phone, the steps on an action's page, the lists and the panel. */
@TandemIntegrationTest
class ActionPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActionQueries queries;

    Logins logins;
    String areaId;
    StoredActions stored;
    LocalDate today;

    @BeforeEach
    void setUp() throws Exception {
        logins = new Logins(context);
        var areas = mvc.perform(get("/api/v1/areas").header("Authorization", logins.bearer("hse")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        areaId = JsonPath.read(areas, "$.items[0].id");
        stored = new StoredActions(mvc, jdbc, logins, areaId);
        today = queries.today();
    }

    @Test
    void aPlannerRaisesAnActionFromAnEventOnceAndABadFormComesBackWithTheError() throws Exception {
        var violation = stored.event("VIOLATION", "contractor1.worker", "Scaffold without toe boards");
        mvc.perform(get("/actions/new")
                        .param("sourceType", "EVENT")
                        .param("sourceId", violation)
                        .with(logins.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Violation")))
                .andExpect(content().string(containsString("name=\"sourceId\"")));
        mvc.perform(get("/actions/new").with(logins.as("hse")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"siteId\"")));
        for (var notAPlanner : new String[] {"worker", "contractor1", "director"}) {
            mvc.perform(get("/actions/new").with(logins.as(notAPlanner))).andExpect(status().isForbidden());
        }

        var id = UUID.randomUUID();
        var owner = logins.viewer("contractor1.worker").personId();
        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(form(post("/actions"), "manager", id, violation, owner, today.plusDays(5)))
                    .andExpect(redirectedUrl("/actions/" + id));
        }
        assertThat(stored.count(id)).isEqualTo(1);

        var late = UUID.randomUUID();
        mvc.perform(form(post("/actions"), "manager", late, violation, owner, today.minusDays(2)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The due date lies in the past.")));
        var intruder = UUID.randomUUID();
        mvc.perform(form(post("/actions"), "contractor1", intruder, violation, owner, today.plusDays(5)))
                .andExpect(status().isForbidden());
        assertThat(stored.count(late) + stored.count(intruder)).isZero();
    }

    @Test
    void theOwnerAndTheVerifierTakeTheirStepsOnTheActionsPage() throws Exception {
        var hazard = stored.event("HAZARD", "contractor1.worker", "Oil leak under the press");
        var id = UUID.randomUUID();
        var owner = logins.viewer("contractor1.worker").personId();
        mvc.perform(form(post("/actions"), "hse", id, hazard, owner, today.plusDays(3)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/actions/{id}", id).with(logins.as("contractor2"))).andExpect(status().isNotFound());
        mvc.perform(post("/actions/{id}/start", id)
                        .with(logins.as("contractor2"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/actions/{id}", id).with(logins.as("contractor1.worker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Start the work")))
                .andExpect(content().string(not(containsString("Verify: the work is done"))));
        mvc.perform(post("/actions/{id}/start", id)
                        .param("version", "0")
                        .with(logins.as("contractor1.worker"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/actions/" + id));
        mvc.perform(post("/actions/{id}/complete", id)
                        .param("version", "1")
                        .param("note", "")
                        .with(logins.as("contractor1.worker"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Say what was done.")));
        mvc.perform(post("/actions/{id}/complete", id)
                        .param("version", "1")
                        .param("note", "Leak sealed, oil cleaned up")
                        .with(logins.as("contractor1.worker"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/actions/" + id));
        mvc.perform(post("/actions/{id}/verify", id)
                        .with(logins.as("contractor1"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/actions/{id}/verify", id)
                        .param("version", "2")
                        .with(logins.as("manager"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/actions/" + id));
        assertThat(stored.statusOf(id)).isEqualTo("VERIFIED");
        mvc.perform(get("/actions/{id}", id).with(logins.as("contractor1.worker")))
                .andExpect(content()
                        .string(containsString("· " + logins.viewer("manager").displayName() + "</dd>")))
                .andExpect(content().string(containsString("href=\"/events/" + hazard + "\"")));
    }

    @Test
    void whoOwnsAnActionIsToldOnItsPageThatSomeoneElseVerifiesIt() throws Exception {
        var hazard = stored.event("HAZARD", "contractor1.worker", "Blocked fire exit");
        var id = UUID.randomUUID();
        mvc.perform(form(
                        post("/actions"),
                        "hse",
                        id,
                        hazard,
                        logins.viewer("manager").personId(),
                        today.plusDays(1)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/actions/{id}/start", id).with(logins.as("manager")).with(csrf()));
        mvc.perform(post("/actions/{id}/complete", id)
                .param("note", "Exit cleared")
                .with(logins.as("manager"))
                .with(csrf()));

        mvc.perform(get("/actions/{id}", id).with(logins.as("manager")))
                .andExpect(content().string(containsString("You own this action: someone else verifies it.")))
                .andExpect(content().string(not(containsString("Verify: the work is done"))));
        mvc.perform(post("/actions/{id}/verify", id).with(logins.as("manager")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The owner of an action cannot verify it")));
        assertThat(stored.statusOf(id)).isEqualTo("DONE");
    }

    @Test
    void myListMarksWhatIsDueSoonOrOverdueAndThePanelCountsIt() throws Exception {
        var hazard = stored.event("HAZARD", "contractor1.worker", "Frayed sling");
        var owner = logins.viewer("contractor1.worker");
        var soon = UUID.randomUUID();
        var late = UUID.randomUUID();
        mvc.perform(
                form(post("/actions"), "hse", soon, hazard, owner.personId(), today.plusDays(1), "Replace the sling"));
        mvc.perform(form(post("/actions"), "hse", late, hazard, owner.personId(), today, "Inspect every sling"));
        jdbc.sql("update corrective_action set due_date = :day where id = :id")
                .param("day", today.minusDays(3))
                .param("id", late)
                .update();

        // "/actions?mine" reaches a controller as the parameter mine with an empty value
        mvc.perform(get("/actions").param("mine", "").with(logins.as("contractor1.worker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Replace the sling")))
                .andExpect(content().string(containsString("Inspect every sling")))
                .andExpect(content().string(containsString("data-due-soon")))
                .andExpect(content().string(containsString("data-overdue")));
        mvc.perform(get("/actions").param("mine", "").with(logins.as("hse")))
                .andExpect(content().string(not(containsString("Replace the sling"))));
        // the demo plant's year of actions fills the first pages, so the list is searched
        mvc.perform(get("/actions").param("q", "Replace the sling").with(logins.as("hse")))
                .andExpect(content().string(containsString("Replace the sling")));
        mvc.perform(get("/actions").param("mine", "true").with(logins.as("contractor2")))
                .andExpect(content().string(not(containsString("Replace the sling"))));

        var mine = queries.mine(owner);
        assertThat(mine.dueSoon()).isPositive();
        assertThat(mine.overdue()).isPositive();
        mvc.perform(get("/actions/panel").with(logins.as("contractor1.worker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(mine.dueSoon() + " due soon")))
                .andExpect(content().string(containsString(mine.overdue() + " overdue")));
        mvc.perform(get("/").with(logins.as("contractor1.worker")))
                .andExpect(content().string(containsString("hx-get=\"/actions/panel\"")));

        mvc.perform(get("/actions/by-source/{id}", hazard).with(logins.as("hse")))
                .andExpect(content().string(containsString("Inspect every sling")));
        mvc.perform(get("/actions/by-source/{id}", hazard).with(logins.as("contractor2")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Inspect every sling"))));
        // the file is streamed after the controller returns: wait for it before reading it
        var csv = mvc.perform(get("/actions/export.csv").param("mine", "true").with(logins.as("contractor1.worker")))
                .andExpect(request().asyncStarted())
                .andReturn();
        mvc.perform(asyncDispatch(csv))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(content().string(containsString("Replace the sling")));
        mvc.perform(get("/actions/export.xlsx").with(logins.as("director"))).andExpect(status().isOk());
    }

    private MockHttpServletRequestBuilder form(
            MockHttpServletRequestBuilder request, String user, UUID id, String event, UUID owner, LocalDate due) {
        return form(request, user, id, event, owner, due, "Put it right");
    }

    private MockHttpServletRequestBuilder form(
            MockHttpServletRequestBuilder request,
            String user,
            UUID id,
            String event,
            UUID owner,
            LocalDate due,
            String title) {
        return request.param("id", id.toString())
                .param("title", title)
                .param("sourceType", "EVENT")
                .param("sourceId", event)
                .param("ownerPersonId", owner.toString())
                .param("dueDate", due.toString())
                .param("priority", "HIGH")
                .with(logins.as(user))
                .with(csrf());
    }
}
