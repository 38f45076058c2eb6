package dev.tandem.stopwork;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.identity.ApiCalls;
import dev.tandem.identity.Logins;
import dev.tandem.organisation.DefineArea;
import dev.tandem.organisation.PlantStructure;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** What the stop-work tests need: calls as a demo user, an area of the line manager's, stops raised in it. */
final class StopFixture {

    final Logins logins;
    private final JdbcClient jdbc;
    private final ApplicationContext context;
    private final ApiCalls calls;

    StopFixture(MockMvc mvc, ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
        this.logins = new Logins(context);
        this.calls = new ApiCalls(mvc, logins);
    }

    /** A call of the API as the given demo user; {@code json} may be null. */
    ResultActions call(String username, MockHttpServletRequestBuilder request, String json) throws Exception {
        return calls.call(username, request, json);
    }

    /** A step on the stop, sending its current version as If-Match. */
    ResultActions step(String username, String id, String step, String json) throws Exception {
        return calls.step(username, post("/api/v1/stops/" + id + "/" + step), version(id), json);
    }

    long version(String id) {
        return jdbc.sql("select version from stop_work where id = :id")
                .param("id", UUID.fromString(id))
                .query(Long.class)
                .single();
    }

    String statusOf(String id) {
        return jdbc.sql("select status from stop_work where id = :id")
                .param("id", UUID.fromString(id))
                .query(String.class)
                .single();
    }

    long stored(String id) {
        return jdbc.sql("select count(*) from stop_work where id = :id")
                .param("id", UUID.fromString(id))
                .query(Long.class)
                .single();
    }

    /** A new area on the safety department's site, owned by the line manager {@code manager}. */
    String area() {
        var site = logins.viewer("hse").siteId();
        var code = "S" + UUID.randomUUID().toString().substring(0, 8);
        return context.getBean(PlantStructure.class)
                .createArea(
                        null,
                        new DefineArea(
                                site,
                                code,
                                "Stop bay " + code,
                                logins.viewer("manager").personId(),
                                null),
                        logins.viewer("admin"))
                .id()
                .toString();
    }

    /** The organisation the user belongs to: whose work a stop names. */
    String organisationOf(String username) {
        return logins.viewer(username).organisationId().toString();
    }

    static String raise(UUID id, String area, String organisation, Instant raisedAt) {
        return """
                {"id":"%s","areaId":"%s","organisationId":"%s","work":"Lifting ladles with the bay crane",
                 "unsafe":"The crane cab's air conditioning has failed: 45 degrees in the cab","raisedAt":%s}"""
                .formatted(id, area, organisation, raisedAt == null ? "null" : "\"" + raisedAt + "\"");
    }

    /** Raises a stop as the user, on the work of {@code whose}'s organisation, and answers its id. */
    String raised(String username, String area, String whose) throws Exception {
        var id = UUID.randomUUID();
        call(username, post("/api/v1/stops"), raise(id, area, organisationOf(whose), null))
                .andExpect(status().isCreated());
        return id.toString();
    }

    String personName(String username) {
        return jdbc.sql("select full_name from person where id = :id")
                .param("id", logins.viewer(username).personId())
                .query(String.class)
                .single();
    }
}
