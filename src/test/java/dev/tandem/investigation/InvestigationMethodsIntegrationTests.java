package dev.tandem.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The methods of an open investigation: chains of 5 Whys, a fishbone with editable categories, a cause chart that
 * refuses a loop, and root causes that may not be empty; each refusal writes nothing, and the diagrams are drawn as
 * SVG with what the team entered.
 */
@TandemIntegrationTest
class InvestigationMethodsIntegrationTests {

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
    void aLoopInTheCauseChartIsRefusedWithAClearErrorAndNothingChanges() throws Exception {
        var worn = causeId(
                fixture.step(
                                "manager",
                                post(base + "/chart/causes"),
                                id,
                                "{\"cause\": \"The sling was worn through\", \"evidence\": \"Photo of the sling\"}")
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                0);
        var unchecked = causeId(
                fixture.step(
                                "manager",
                                post(base + "/chart/causes"),
                                id,
                                "{\"cause\": \"Slings are not inspected before lifts\", \"effectId\": \"" + worn
                                        + "\"}")
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.chartLinks[1].effectId").value(worn.toString()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                1);
        var version = fixture.version(id);

        fixture.step(
                        "manager",
                        post(base + "/chart/links"),
                        id,
                        "{\"causeId\": \"" + worn + "\", \"effectId\": \"" + unchecked + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("effectId"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("That arrow would close a loop: the effect already leads to this cause."));
        fixture.step(
                        "manager",
                        post(base + "/chart/links"),
                        id,
                        "{\"causeId\": \"" + worn + "\", \"effectId\": \"" + worn + "\"}")
                .andExpect(status().isBadRequest());
        assertThat(fixture.version(id)).isEqualTo(version);

        var svg = fixture.call("manager", get(base + "/diagrams/chart.svg"), null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(svg).startsWith("<svg").contains("The sling was worn through", "? Slings are not inspected");
        assertThat(svg).doesNotContain("? The sling");
    }

    @Test
    void anEmptyRootCauseIsRefusedAndAClassifiedOneIsKept() throws Exception {
        var version = fixture.version(id);
        fixture.step(
                        "manager",
                        post(base + "/root-causes"),
                        id,
                        "{\"cause\": \"  \", \"rootClass\": \"ORGANISATIONAL_FACTORS\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cause"));
        fixture.step("manager", post(base + "/root-causes"), id, "{\"cause\": \"No inspection of slings\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rootClass"));
        assertThat(fixture.version(id)).isEqualTo(version);

        fixture.step(
                        "manager",
                        post(base + "/root-causes"),
                        id,
                        "{\"cause\": \"No inspection of slings before lifts\", \"rootClass\": \"ORGANISATIONAL_FACTORS\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rootCauses[0].rootClass").value("ORGANISATIONAL_FACTORS"));
        fixture.call("hse", get(base + "/history"), null)
                .andExpect(jsonPath("$[1].changes['rootCauses[1].cause'].to")
                        .value("No inspection of slings before lifts"));
    }

    @Test
    void fiveWhysAndTheFishboneAreKeptAndDrawnAndItsCategoriesAreTheTeamsToName() throws Exception {
        fixture.step(
                        "manager",
                        post(base + "/whys"),
                        id,
                        "{\"problem\": \"The ladle tilted\", \"whys\": [\"The sling broke\", \"It was worn\", \"\"]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.whyChains[0].whys.length()").value(2));
        fixture.step("manager", post(base + "/whys"), id, "{\"problem\": \"The crane moved\", \"whys\": []}")
                .andExpect(status().isBadRequest());
        fixture.step(
                        "manager",
                        post(base + "/fishbone/causes"),
                        id,
                        "{\"category\": \"MATERIAL\", \"cause\": \"Sling past its life\"}")
                .andExpect(status().isOk());
        fixture.step("manager", post(base + "/fishbone/causes"), id, "{\"category\": \"Weather\", \"cause\": \"Rain\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("category"));
        fixture.step("manager", put(base + "/fishbone/categories"), id, "{\"categories\": [\"PEOPLE\", \"Weather\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("categories"));
        fixture.step("manager", put(base + "/fishbone/categories"), id, "{\"categories\": [\"MATERIAL\", \"Weather\"]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fishboneCategories.length()").value(2));

        var svg = fixture.call("manager", get(base + "/diagrams/fishbone.svg"), null)
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(svg).contains("Material", "Weather", "Sling past its life").doesNotContain("MATERIAL");
        var page = mvc.perform(get("/investigations/" + id).with(fixture.logins.as("manager")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("data-whys-diagram", "It was worn", "data-fishbone-diagram", "data-chart-diagram");
    }

    @Test
    void nobodyOutsideTheTeamAndTheSafetyDepartmentWorksOnTheMethods() throws Exception {
        var version = fixture.version(id);
        var cause = "{\"cause\": \"No inspection\", \"rootClass\": \"ORGANISATIONAL_FACTORS\"}";
        fixture.step("director", post(base + "/root-causes"), id, cause).andExpect(status().isForbidden());
        for (var outsider : List.of("worker", "contractor1", "contractor2")) {
            fixture.step(outsider, post(base + "/root-causes"), id, cause).andExpect(status().isNotFound());
            fixture.call(outsider, get(base + "/diagrams/chart.svg"), null).andExpect(status().isNotFound());
        }
        assertThat(fixture.version(id)).isEqualTo(version);
        fixture.step("hse", post(base + "/root-causes"), id, cause).andExpect(status().isOk());
    }

    @Test
    void theDiagramsOfAContractorsWorkAreForItsTeamAndNeverForAnotherContractor() throws Exception {
        var investigation = fixture.openedOnAContractorsWork();
        var diagrams = "/api/v1/investigations/" + investigation + "/diagrams/";
        fixture.step(
                        "manager",
                        post("/api/v1/investigations/" + investigation + "/whys"),
                        investigation,
                        "{\"problem\": \"The ladle tilted\", \"whys\": [\"The sling broke\"]}")
                .andExpect(status().isOk());
        fixture.step(
                        "manager",
                        post("/api/v1/investigations/" + investigation + "/fishbone/causes"),
                        investigation,
                        "{\"category\": \"MACHINE\", \"cause\": \"Worn sling\"}")
                .andExpect(status().isOk());

        for (var diagram : List.of("fishbone.svg", "chart.svg", "whys/1.svg")) {
            fixture.call("contractor1.worker", get(diagrams + diagram), null)
                    .andExpect(status().isOk())
                    .andExpect(content().contentType("image/svg+xml"));
            for (var outsider : List.of("contractor2", "contractor1", "worker")) {
                fixture.call(outsider, get(diagrams + diagram), null).andExpect(status().isNotFound());
            }
        }
        fixture.call("contractor1.worker", get(diagrams + "whys/1.svg"), null)
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The sling broke")));
        fixture.call("contractor1.worker", get(diagrams + "whys/2.svg"), null).andExpect(status().isNotFound());
    }

    private static UUID causeId(String json, int index) {
        return UUID.fromString(JsonPath.read(json, "$.chartCauses[" + index + "].id"));
    }
}
