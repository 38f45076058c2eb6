package dev.tandem.stopwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who sees which stops, and who learns who stopped the work: a contractor sees the stops of its own work and those its
 * people raised, no other; the initiator's name reaches the safety department and the responding manager only — not
 * a director, not a contractor's supervisor, not through a list, an export or a history.
 */
@TandemIntegrationTest
class StopWorkScopeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    StopFixture stops;
    String area;
    String byContractorsWorker;
    String onContractorsWork;
    String onOtherContractorsWork;
    String byOwnWorker;

    @BeforeEach
    void setUp() throws Exception {
        stops = new StopFixture(mvc, context);
        area = stops.area();
        byContractorsWorker = stops.raised("contractor1.worker", area, "contractor1.worker");
        onContractorsWork = stops.raised("worker", area, "contractor1");
        onOtherContractorsWork = stops.raised("hse", area, "contractor2");
        byOwnWorker = stops.raised("worker", area, "worker");
    }

    @Test
    void aContractorSeesTheStopsOfItsOwnWorkAndThoseItsPeopleRaisedAndNoOthers() throws Exception {
        assertThat(listed("contractor1")).containsExactlyInAnyOrder(byContractorsWorker, onContractorsWork);
        assertThat(listed("contractor1.worker")).containsExactly(byContractorsWorker);
        assertThat(listed("contractor2")).containsExactly(onOtherContractorsWork);
        assertThat(listed("worker")).containsExactlyInAnyOrder(onContractorsWork, byOwnWorker);
        assertThat(listed("director"))
                .containsExactlyInAnyOrder(byContractorsWorker, onContractorsWork, onOtherContractorsWork, byOwnWorker);

        for (var hidden : List.of(onOtherContractorsWork, byOwnWorker)) {
            stops.call("contractor1", get("/api/v1/stops/" + hidden), null).andExpect(status().isNotFound());
            stops.call("contractor1", get("/api/v1/stops/" + hidden + "/history"), null)
                    .andExpect(status().isNotFound());
        }
        stops.call("contractor2", get("/api/v1/stops/" + byContractorsWorker), null)
                .andExpect(status().isNotFound());
        stops.call("contractor1.worker", get("/api/v1/stops/" + onContractorsWork), null)
                .andExpect(status().isNotFound());
    }

    @Test
    void noStepOnAStopIsTakenByAContractorTheInitiatorAWorkerOrADirectorAndNothingChanges() throws Exception {
        var steps = new LinkedHashMap<String, String>();
        steps.put("acknowledge", null);
        steps.put("resolve", "{\"resolution\":\"Air conditioning repaired\"}");
        steps.put("compensate", "{\"resolution\":\"Cab door open, fan fitted\"}");
        steps.put("risk", "{\"riskId\":\"" + UUID.randomUUID() + "\"}");
        steps.put("judge-unnecessary", "{\"explanation\":\"The cab was within limits\"}");
        steps.put("resume", "{\"justification\":\"Looks fine to me\"}");
        steps.put("void", "{\"reason\":\"Raised twice\"}");
        var version = stops.version(byContractorsWorker);

        for (var outsider : List.of("contractor1", "contractor2", "contractor1.worker", "worker", "director")) {
            for (var step : steps.entrySet()) {
                stops.step(outsider, byContractorsWorker, step.getKey(), step.getValue())
                        .andExpect(result -> assertThat(result.getResponse().getStatus())
                                .as(outsider + " " + step.getKey())
                                .isIn(403, 404));
            }
        }
        // the other contractor does not even learn that the stop exists
        stops.step("contractor2", byContractorsWorker, "acknowledge", null).andExpect(status().isNotFound());

        assertThat(stops.statusOf(byContractorsWorker)).isEqualTo("RAISED");
        assertThat(stops.version(byContractorsWorker)).as("nothing written").isEqualTo(version);
    }

    @Test
    void theInitiatorsNameReachesTheSafetyDepartmentAndTheRespondingManagerOnly() throws Exception {
        var name = stops.personName("contractor1.worker");

        for (var knower : List.of("hse", "manager", "contractor1.worker")) {
            stops.call(knower, get("/api/v1/stops/" + byContractorsWorker), null)
                    .andExpect(jsonPath("$.initiatorName").value(name));
        }
        for (var outsider : List.of("director", "contractor1", "admin")) {
            var answer = stops.call(outsider, get("/api/v1/stops/" + byContractorsWorker), null)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.initiatorName").doesNotExist())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(answer).as(outsider).doesNotContain(name);
            var history = stops.call(outsider, get("/api/v1/stops/" + byContractorsWorker + "/history"), null)
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(history).as(outsider + "'s history").doesNotContain(name);
        }
    }

    @Test
    void noListOrExportNamesWhoStoppedTheWork() throws Exception {
        var name = stops.personName("contractor1.worker");
        for (var reader : List.of("hse", "contractor1", "director")) {
            var list = stops.call(reader, get("/api/v1/stops").param("areaId", area), null)
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(list).as(reader).doesNotContain(name);
            // the export streams after the controller returns: wait for it before reading it
            var started = stops.call(
                            reader,
                            get("/api/v1/stops/export").param("format", "csv").param("areaId", area),
                            null)
                    .andExpect(request().asyncStarted())
                    .andReturn();
            var text = mvc.perform(asyncDispatch(started))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(text).as(reader + "'s export").contains("Lifting ladles").doesNotContain(name);
        }
    }

    private List<String> listed(String username) throws Exception {
        var json = stops.call(
                        username, get("/api/v1/stops").param("areaId", area).param("size", "50"), null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(json, "$.items[*].id");
    }
}
