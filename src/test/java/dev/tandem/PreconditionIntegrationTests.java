package dev.tandem;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.event.ContributingSignal;
import dev.tandem.event.EarlyWarningDetected;
import dev.tandem.event.EarlyWarnings;
import dev.tandem.identity.Logins;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every API call that changes a record of a known version requires the version it was made on ({@code If-Match}):
 * 428 without it, 412 when the record changed since, 200 with the current ETag.
 */
@TandemIntegrationTest
class PreconditionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EarlyWarnings warnings;

    Logins logins;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
    }

    /** A record read with GET and put back as it was read, by someone who may change it. */
    static Stream<Arguments> records() {
        return Stream.of(
                arguments("/api/v1/enterprise", "", "admin"),
                arguments("/api/v1/sites", "", "admin"),
                arguments("/api/v1/areas", "", "admin"),
                arguments("/api/v1/organisations", "", "admin"),
                arguments("/api/v1/people", "", "admin"),
                arguments("/api/v1/signals/tags", "", "admin"),
                arguments("/api/v1/equipment", "", "hse"),
                arguments("/api/v1/hours", "", "hse"),
                arguments("/api/v1/actions", "?status=OPEN", "hse"),
                arguments("/api/v1/events", "?status=UNDER_REVIEW", "hse"),
                arguments("/api/v1/users", "?q=worker", "admin"));
    }

    @ParameterizedTest(name = "PUT {0}")
    @MethodSource("records")
    void aChangeOfARecordNeedsTheVersionItWasMadeOn(String list, String filter, String username) throws Exception {
        var token = logins.bearer(username);
        var record = list.endsWith("/enterprise") ? list : list + "/" + firstId(list + filter, token);
        var read = mvc.perform(get(record).header("Authorization", token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        var body = read.getContentAsString();
        var target = list.endsWith("/users") ? record + "/roles" : record;

        expectTheVersionRequired(() -> put(target), token, body, read.getHeader("ETag"));
    }

    @Test
    void eachStepOfAnEventsReviewNeedsTheVersionItWasMadeOn() throws Exception {
        var hse = logins.bearer("hse");
        var event = UUID.randomUUID();
        mvc.perform(post("/api/v1/events")
                        .header("Authorization", logins.bearer("worker"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"id\":\"%s\",\"type\":\"HAZARD\",\"areaId\":\"%s\",\"description\":\"Loose handrail\"}"
                                        .formatted(event, firstId("/api/v1/areas", hse))))
                .andExpect(status().isCreated());

        var etag = "\"0\"";
        etag = expectTheVersionRequired(() -> post("/api/v1/events/{id}/review", event), hse, null, etag);
        etag = expectTheVersionRequired(() -> post("/api/v1/events/{id}/close", event), hse, null, etag);
        expectTheVersionRequired(() -> post("/api/v1/events/{id}/reopen", event), hse, null, etag);

        var pump = jdbc.sql("select id, site_id, area_id from equipment where code = 'P-101'")
                .query((rs, row) -> new EarlyWarningDetected(
                        UUID.randomUUID(),
                        rs.getObject("id", UUID.class),
                        rs.getObject("site_id", UUID.class),
                        rs.getObject("area_id", UUID.class),
                        Instant.now().minus(1, ChronoUnit.MINUTES),
                        "Bearing temperature rising",
                        List.of(new ContributingSignal(
                                "P-101.temperature", "temperature", "°C", 91.0, 1.0, 40.0, 80.0))))
                .single();
        var warning = warnings.raise(pump).id();
        expectTheVersionRequired(() -> post("/api/v1/events/{id}/false-alarm", warning), hse, null, "\"0\"");
    }

    @Test
    void eachStepOfAnActionNeedsTheVersionItWasMadeOn() throws Exception {
        var hse = logins.bearer("hse");
        var owner = logins.viewer("manager");
        var created = mvc.perform(post("/api/v1/actions")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"title":"Fix the handrail","sourceType":"EVENT","sourceId":"%s",
                                 "ownerPersonId":"%s","dueDate":"%s"}"""
                                        .formatted(
                                                firstId("/api/v1/events", hse),
                                                owner.personId(),
                                                LocalDate.now().plusDays(7))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse();
        var action = JsonPath.read(created.getContentAsString(), "$.id");
        var manager = logins.bearer("manager");

        var etag = created.getHeader("ETag");
        etag = expectTheVersionRequired(() -> post("/api/v1/actions/{id}/start", action), manager, null, etag);
        etag = expectTheVersionRequired(
                () -> post("/api/v1/actions/{id}/complete", action), manager, "{\"note\":\"Welded\"}", etag);
        etag = expectTheVersionRequired(
                () -> post("/api/v1/actions/{id}/reopen", action), hse, "{\"reason\":\"Cracked again\"}", etag);
        etag = expectTheVersionRequired(
                () -> post("/api/v1/actions/{id}/complete", action), manager, "{\"note\":\"Welded twice\"}", etag);
        expectTheVersionRequired(() -> post("/api/v1/actions/{id}/verify", action), hse, null, etag);
    }

    @Test
    void hoursRecordedForANewMonthNeedNoVersionButAChangeOfRecordedHoursDoes() throws Exception {
        var hse = logins.bearer("hse");
        var hours = JsonPath.<String>read(
                mvc.perform(get("/api/v1/hours").header("Authorization", hse))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.items[0].id");
        var read = mvc.perform(get("/api/v1/hours/{id}", hours).header("Authorization", hse))
                .andReturn()
                .getResponse();
        var month = "\"month\":\"2019-01\"";
        var newMonth = read.getContentAsString().replaceAll("\"month\":\"[0-9-]+\"", month);
        mvc.perform(post("/api/v1/hours")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newMonth))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/hours")
                        .header("Authorization", hse)
                        .header("If-Match", "\"5\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newMonth))
                .andExpect(status().isPreconditionFailed());
    }

    @Test
    void theApiDescriptionAsksForIfMatchAndShowsNoPreconditionParameter() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/sites/{id}'].put.parameters[?(@.name == 'If-Match')].in")
                        .value(org.hamcrest.Matchers.contains("header")))
                .andExpect(jsonPath("$.paths['/api/v1/sites/{id}'].put.parameters[?(@.name == 'If-Match')].required")
                        .value(org.hamcrest.Matchers.contains(true)))
                .andExpect(jsonPath("$.paths['/api/v1/hours'].post.parameters[?(@.name == 'If-Match')].required")
                        .value(org.hamcrest.Matchers.contains(false)))
                .andExpect(
                        jsonPath("$..parameters[?(@.name == 'precondition')]").isEmpty());
    }

    /** Sends the change without If-Match, with a stale one, then with the current one; the new ETag comes back. */
    private String expectTheVersionRequired(Request request, String token, String body, String etag) throws Exception {
        mvc.perform(withBody(request.build(), body).header("Authorization", token))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("If-Match")));
        var stale = "\"" + (Long.parseLong(etag.replace("\"", "")) + 1) + "\"";
        mvc.perform(withBody(request.build(), body)
                        .header("Authorization", token)
                        .header("If-Match", stale))
                .andExpect(status().isPreconditionFailed());
        return mvc.perform(withBody(request.build(), body)
                        .header("Authorization", token)
                        .header("If-Match", etag))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
    }

    private static MockHttpServletRequestBuilder withBody(MockHttpServletRequestBuilder request, String body) {
        return body == null
                ? request
                : request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String firstId(String list, String token) throws Exception {
        var body = mvc.perform(
                        get(list + (list.contains("?") ? "&" : "?") + "size=1").header("Authorization", token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.items[0].id");
    }

    private interface Request {
        MockHttpServletRequestBuilder build();
    }
}
