package dev.tandem.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import dev.tandem.shared.ReplayableClock;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Overdue and done on time have one definition (V24): the action API, its list and counts, and the dashboard's
 * figures agree at the edges of the day, which is the enterprise's day, not the server's or UTC's.
 */
@TandemIntegrationTest
class ActionTimelinessIntegrationTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActionQueries queries;

    @Autowired
    Clock clock;

    Logins logins;
    String hse;
    String owner;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
        hse = logins.bearer("hse");
        owner = logins.bearer("manager");
    }

    @Test
    void theApiTheListsAndTheDashboardAgreeOnDueTodayDoneOnTheDueDateAndDoneADayLate() throws Exception {
        var zone = queries.zone();
        var today = LocalDate.now(clock.withZone(zone));
        // half past midnight in the enterprise's zone (UTC+5 in the demo): still yesterday in UTC, so a rule that took
        // the day anywhere else would disagree with these
        var at = today.atTime(LocalTime.of(0, 30)).atZone(zone).toInstant();
        ((ReplayableClock) clock).replay(at, () -> {
            try {
                agreeAt(today);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    private void agreeAt(LocalDate today) throws Exception {
        var site = site();
        var title = "Edge " + System.nanoTime() % 1_000_000 + SEQUENCE.incrementAndGet();
        var dueToday = raise(site, title);
        var dueYesterday = raise(site, title);
        var doneOnTheDueDate = raise(site, title);
        var doneADayLate = raise(site, title);
        var voided = raise(site, title);
        dueOn(dueYesterday, today.minusDays(1));
        dueOn(doneADayLate, today.minusDays(1));
        dueOn(voided, today.minusDays(1));
        mvc.perform(post("/api/v1/actions/{id}/void", voided)
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Raised twice\"}"))
                .andExpect(status().isOk());
        complete(doneOnTheDueDate);
        complete(doneADayLate);

        action(dueToday).andExpect(jsonPath("$.overdue").value(false));
        action(dueYesterday).andExpect(jsonPath("$.overdue").value(true));
        action(doneOnTheDueDate)
                .andExpect(jsonPath("$.overdue").value(false))
                .andExpect(jsonPath("$.onTime").value(true));
        action(doneADayLate)
                .andExpect(jsonPath("$.overdue").value(false))
                .andExpect(jsonPath("$.onTime").value(false));
        action(voided).andExpect(jsonPath("$.overdue").value(false));

        var listed = mvc.perform(get("/api/v1/actions").param("q", title).header("Authorization", hse))
                .andExpect(jsonPath("$.items.length()").value(4))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(listed, "$.items[?(@.overdue == true)].id"))
                .containsExactly(dueYesterday.toString());
        assertThat(JsonPath.<List<String>>read(listed, "$.items[?(@.onTime == true)].id"))
                .containsExactly(doneOnTheDueDate.toString());
        assertThat(JsonPath.<List<String>>read(listed, "$.items[?(@.onTime == false)].id"))
                .containsExactly(doneADayLate.toString());
        mvc.perform(get("/api/v1/actions")
                        .param("q", title)
                        .param("overdue", "true")
                        .header("Authorization", hse))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(dueYesterday.toString()));
        mvc.perform(get("/api/v1/actions/counts").param("q", title).header("Authorization", hse))
                .andExpect(jsonPath("$.overdue").value(1))
                .andExpect(jsonPath("$.dueSoon").value(1));

        mvc.perform(get("/api/v1/figures")
                        .param("site", site.toString())
                        .param("period", "MONTH")
                        .header("Authorization", hse))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actions.open.value").value(2))
                .andExpect(jsonPath("$.actions.overdue.value").value(1))
                .andExpect(jsonPath("$.actions.closed.value").value(2))
                .andExpect(jsonPath("$.actions.closedOnTime.value").value(1));
    }

    private UUID site() throws Exception {
        var body = mvc.perform(post("/api/v1/sites")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"E%d\",\"name\":\"Edge of the day\",\"timeZone\":\"UTC\"}"
                                .formatted(System.nanoTime() % 100_000 + SEQUENCE.incrementAndGet())))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    private UUID raise(UUID site, String title) throws Exception {
        var body = mvc.perform(post("/api/v1/actions")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"title":"%s","sourceType":"OTHER","siteId":"%s","ownerPersonId":"%s",
                                 "responsibleOrganisationId":"%s","dueDate":"%s"}"""
                                        .formatted(
                                                title,
                                                site,
                                                logins.viewer("manager").personId(),
                                                logins.viewer("manager").organisationId(),
                                                queries.today())))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    private void dueOn(UUID action, LocalDate day) {
        jdbc.sql("update corrective_action set due_date = :day where id = :id")
                .param("day", day)
                .param("id", action)
                .update();
    }

    private void complete(UUID action) throws Exception {
        mvc.perform(post("/api/v1/actions/{id}/start", action)
                        .header("Authorization", owner)
                        .header("If-Match", "*"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/actions/{id}/complete", action)
                        .header("Authorization", owner)
                        .header("If-Match", "*")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\":\"Done\"}"))
                .andExpect(status().isOk());
    }

    private org.springframework.test.web.servlet.ResultActions action(UUID action) throws Exception {
        return mvc.perform(get("/api/v1/actions/{id}", action).header("Authorization", hse))
                .andExpect(status().isOk());
    }
}
