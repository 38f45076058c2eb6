package dev.tandem.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every step on an action by everyone who may not take it. The action belongs to the first contractor and is owned
 * by its worker: another contractor and the owner company's worker do not learn it exists (404); the others read it
 * but their role does not allow the step (403). Whatever the answer, the action stays exactly as it was.
 */
@TandemIntegrationTest
class ActionAccessIntegrationTests {

    static final Map<String, String> BODIES = Map.of(
            "complete", "{\"note\":\"done\"}",
            "reopen", "{\"reason\":\"not done\"}",
            "void", "{\"reason\":\"gone\"}");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActionQueries queries;

    Logins logins;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
    }

    static Stream<Arguments> refusals() {
        var steps = new String[] {"edit", "start", "complete", "verify", "reopen", "void", "history", "read"};
        var builder = Stream.<Arguments>builder();
        for (var outsider : new String[] {"contractor2", "worker"}) {
            for (var step : steps) {
                builder.add(Arguments.of(outsider, step, 404));
            }
        }
        for (var reader : new String[] {"contractor1", "contractor1.worker", "director"}) {
            for (var step : new String[] {"edit", "verify", "reopen", "void"}) {
                builder.add(Arguments.of(reader, step, 403));
            }
        }
        for (var planner : new String[] {"director", "manager", "hse"}) {
            for (var step : new String[] {"start", "complete"}) {
                builder.add(Arguments.of(planner, step, 403));
            }
        }
        return builder.build();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("refusals")
    void aStepTheViewerMayNotTakeIsRefusedAndChangesNothing(String username, String step, int expected)
            throws Exception {
        var id = contractorsAction();
        var before = row(id);
        var call =
                switch (step) {
                    case "read" -> get("/api/v1/actions/{id}", id);
                    case "history" -> get("/api/v1/actions/{id}/history", id);
                    case "edit" ->
                        request(HttpMethod.PUT, "/api/v1/actions/{id}", id)
                                .header("If-Match", "*")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"title\":\"Taken over\",\"ownerPersonId\":\"%s\",\"responsibleOrganisationId\":\"%s\","
                                                        .formatted(
                                                                logins.viewer(username)
                                                                        .personId(),
                                                                logins.viewer("contractor2")
                                                                        .organisationId())
                                                + "\"dueDate\":\""
                                                + queries.today().plusDays(30) + "\"}");
                    default ->
                        post("/api/v1/actions/{id}/" + step, id)
                                // any version: the rule under test is who may take the step
                                .header("If-Match", "*")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(BODIES.getOrDefault(step, "{}"));
                };
        mvc.perform(call.header("Authorization", logins.bearer(username))).andExpect(status().is(expected));
        assertThat(row(id)).isEqualTo(before);
    }

    /** An open action of the first contractor, owned by its worker, raised from that worker's report. */
    private UUID contractorsAction() throws Exception {
        var areas = mvc.perform(get("/api/v1/areas").header("Authorization", logins.bearer("hse")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var event = UUID.randomUUID();
        mvc.perform(post("/api/v1/events")
                        .header("Authorization", logins.bearer("contractor1.worker"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"id\":\"%s\",\"type\":\"HAZARD\",\"areaId\":\"%s\",\"description\":\"Open hatch\",\"occurredAt\":\"%s\"}"
                                        .formatted(event, JsonPath.read(areas, "$.items[0].id"), Instant.now())))
                .andExpect(status().isCreated());
        var id = UUID.randomUUID();
        mvc.perform(post("/api/v1/actions")
                        .header("Authorization", logins.bearer("hse"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"id\":\"%s\",\"title\":\"Close the hatch\",\"sourceType\":\"EVENT\",\"sourceId\":\"%s\",\"ownerPersonId\":\"%s\",\"dueDate\":\"%s\"}"
                                        .formatted(
                                                id,
                                                event,
                                                logins.viewer("contractor1.worker")
                                                        .personId(),
                                                queries.today().plusDays(5))))
                .andExpect(status().isCreated());
        return id;
    }

    private Map<String, Object> row(UUID id) {
        return jdbc.sql("select title, status, owner_person_id, responsible_organisation_id, due_date, version,"
                        + " voided_at from corrective_action where id = :id")
                .param("id", id)
                .query()
                .singleRow();
    }
}
