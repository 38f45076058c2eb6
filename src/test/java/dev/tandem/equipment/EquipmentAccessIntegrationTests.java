package dev.tandem.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may do what with equipment. Everyone signed in reads the registry and the dispatch data, contractors too (and
 * two contractors read exactly the same, nothing of either); the owner company keeps the registry and records
 * states; a refused step leaves everything as it was.
 */
@TandemIntegrationTest
class EquipmentAccessIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    Logins logins;
    Machines machines;
    UUID machine;
    UUID change;
    Instant at;

    @BeforeEach
    void setUp() throws Exception {
        logins = new Logins(context);
        machines = new Machines(mvc, jdbc, logins);
        machine = machines.register(Machines.unique("P"));
        at = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofDays(3));
        change = UUID.fromString(JsonPath.read(machines.record(machine, at, "DOWN", "MECHANICAL"), "$.id"));
    }

    static Stream<Arguments> refusals() {
        var builder = Stream.<Arguments>builder();
        for (var user : new String[] {"director", "contractor1", "contractor1.worker", "contractor2", "worker"}) {
            for (var step : new String[] {"register", "update", "void"}) {
                builder.add(Arguments.of(user, step));
            }
        }
        for (var user : new String[] {"director", "contractor1", "contractor1.worker", "contractor2"}) {
            for (var step : new String[] {"record", "batch", "import", "voidChange"}) {
                builder.add(Arguments.of(user, step));
            }
        }
        return builder.build();
    }

    @ParameterizedTest(name = "{0} {1}: 403")
    @MethodSource("refusals")
    void aRoleThatMayNotIsRefusedAndNothingChanges(String user, String step) throws Exception {
        var token = logins.bearer(user);
        var place = machines.area("BF2");
        var equipment =
                """
                {"siteId": "%s", "areaId": "%s", "code": "%s", "name": "X", "type": "PUMP", "criticality": "LOW"}"""
                        .formatted(place.siteId(), place.areaId(), Machines.unique("X"));
        var later = Machines.change(machine, at.plusSeconds(3600), "RUNNING", null);
        AbstractMockHttpServletRequestBuilder<?> request =
                switch (step) {
                    case "register" -> json(post("/api/v1/equipment"), equipment);
                    case "update" -> json(put("/api/v1/equipment/{id}", machine).header("If-Match", "*"), equipment);
                    case "void" -> json(post("/api/v1/equipment/{id}/void", machine), "{\"reason\": \"x\"}");
                    case "record" -> json(post("/api/v1/equipment/states"), later);
                    case "batch" -> json(post("/api/v1/equipment/states/batch"), "{\"changes\": [" + later + "]}");
                    case "import" ->
                        multipart("/api/v1/equipment/states/import")
                                .file(new MockMultipartFile(
                                        "file",
                                        "d.csv",
                                        "text/csv",
                                        "site,equipment,at,state,reason,note\n,%s,%s,RUNNING,,\n"
                                                .formatted(machine, at.plusSeconds(60))
                                                .getBytes(StandardCharsets.UTF_8)));
                    default -> json(post("/api/v1/equipment/states/{id}/void", change), "{\"reason\": \"x\"}");
                };
        var before = snapshot();
        mvc.perform(request.header("Authorization", token))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theOwnersWorkersRecordStatesButDoNotKeepTheRegistry() throws Exception {
        mvc.perform(json(
                                post("/api/v1/equipment/states"),
                                Machines.change(machine, at.plusSeconds(60), "RUNNING", null))
                        .header("Authorization", logins.bearer("worker")))
                .andExpect(status().isCreated());
        mvc.perform(json(post("/api/v1/equipment/states"), Machines.change(machine, at.plusSeconds(120), "IDLE", null))
                        .header("Authorization", logins.bearer("manager")))
                .andExpect(status().isCreated());
        mvc.perform(get("/equipment/new").with(logins.as("worker"))).andExpect(status().isForbidden());
        mvc.perform(get("/equipment/upload").with(logins.as("worker"))).andExpect(status().isOk());
    }

    @Test
    void contractorsReadTheRegistryAndDispatchDataButNotWhoRecordedIt() throws Exception {
        var everything = mvc.perform(get("/api/v1/equipment").header("Authorization", logins.bearer("hse")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long total = ((Number) JsonPath.read(everything, "$.totalItems")).longValue();
        for (var contractor : new String[] {"contractor1", "contractor1.worker", "contractor2"}) {
            var token = logins.bearer(contractor);
            mvc.perform(get("/api/v1/equipment").header("Authorization", token))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.totalItems").value(total));
            mvc.perform(get("/api/v1/equipment/{id}", machine).header("Authorization", token))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.state.state").value("DOWN"));
            mvc.perform(get("/api/v1/equipment/{id}/states", machine)
                            .header("Authorization", token)
                            .param(
                                    "from",
                                    at.minus(Duration.ofDays(1)).toString().substring(0, 10)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[0].id").value(change.toString()))
                    .andExpect(jsonPath("$.items[0].recordedByName").doesNotExist());
            mvc.perform(get("/api/v1/equipment/states/{id}", change).header("Authorization", token))
                    .andExpect(jsonPath("$.recordedByName").doesNotExist());
            mvc.perform(get("/api/v1/equipment/downtimes/{id}", change).header("Authorization", token))
                    .andExpect(status().isOk());
            mvc.perform(get("/api/v1/equipment/{id}/reliability", machine).header("Authorization", token))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/equipment/states/{id}", change).header("Authorization", logins.bearer("worker")))
                .andExpect(jsonPath("$.recordedByName").isNotEmpty());
    }

    @Test
    void contractorsSeeThePagesWithoutTheFormsThatChangeThings() throws Exception {
        mvc.perform(get("/").with(logins.as("contractor1")))
                .andExpect(content().string(containsString("href=\"/equipment\"")));
        mvc.perform(get("/equipment").with(logins.as("contractor1")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/equipment/new"))))
                .andExpect(content().string(not(containsString("href=\"/equipment/upload\""))));
        mvc.perform(get("/equipment/{id}", machine).with(logins.as("contractor2")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-state-form"))))
                .andExpect(content().string(containsString("data-reliability")));
        mvc.perform(get("/equipment/new").with(logins.as("contractor1"))).andExpect(status().isForbidden());
        mvc.perform(get("/equipment/upload").with(logins.as("contractor1"))).andExpect(status().isForbidden());
        mvc.perform(get("/equipment/upload").with(logins.as("director"))).andExpect(status().isForbidden());
        var before = snapshot();
        mvc.perform(post("/equipment/{id}/states", machine)
                        .with(logins.as("contractor1"))
                        .with(csrf())
                        .param("state", "RUNNING"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/equipment/{id}/void", machine)
                        .with(logins.as("contractor1"))
                        .with(csrf())
                        .param("reason", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/equipment/states/{id}/void", change)
                        .with(logins.as("contractor1.worker"))
                        .with(csrf())
                        .param("reason", "x"))
                .andExpect(status().isForbidden());
        assertThat(snapshot()).isEqualTo(before);
    }

    /** Everything a refused step could have touched. */
    private String snapshot() {
        return jdbc.sql(
                        """
                        select (select count(*) from equipment) || '/' || (select sum(version) from equipment)
                            || '/' || (select count(*) from equipment where voided_at is not null)
                            || '/' || (select count(*) from equipment_state_change)
                            || '/' || (select count(*) from equipment_state_change where voided_at is not null)
                            || '/' || (select count(*) from downtime where withdrawn_at is null)""")
                .query(String.class)
                .single();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
