package dev.tandem.risk;

import static dev.tandem.risk.RiskFixture.assessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The register through the API: the matrix and its versions, the status rules, acceptance, bad input. */
@TandemIntegrationTest
class RiskIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    dev.tandem.organisation.PlantStructure plant;

    RiskFixture risks;
    String area;

    @BeforeEach
    void setUp() {
        risks = new RiskFixture(mvc, jdbc, new Logins(context));
        area = risks.areaWorkedInBy("contractor1");
    }

    @Test
    void cellsOfOneProductLieInTheBandsTheMatrixGivesThemAndAnAssessmentKeepsTheVersionItWasMadeOn() throws Exception {
        var first = publish(bands("MEDIUM", 2, 3, "HIGH", 3, 2));
        var twoByThree = risks.assessed(area, "Ladle crane over the casting bay", 2, 3);
        var threeByTwo = risks.assessed(area, "Slag pot carrier reversing", 3, 2);

        risks.call("hse", get("/api/v1/risks/" + twoByThree), null)
                .andExpect(jsonPath("$.band").value("MEDIUM"));
        risks.call("hse", get("/api/v1/risks/" + threeByTwo), null)
                .andExpect(jsonPath("$.band").value("HIGH"));

        assertThat(heatMapBand(3, 2)).isEqualTo("HIGH");

        var second = publish(bands("LOW", 2, 3, "EXTREME", 3, 2));
        // the heat map colours its cells by the version published now, the counts as they were assessed
        assertThat(heatMapBand(3, 2)).isEqualTo("EXTREME");
        assertThat(heatMapBand(2, 3)).isEqualTo("LOW");
        risks.call("hse", get("/api/v1/risks/" + threeByTwo), null)
                .andExpect(jsonPath("$.band").value("HIGH"))
                .andExpect(jsonPath("$.matrixId").value(first))
                .andExpect(jsonPath("$.assessments[0].matrixId").value(first));

        risks.step("hse", threeByTwo, "assess", assessment(3, 2)).andExpect(status().isOk());
        risks.call("hse", get("/api/v1/risks/" + threeByTwo), null)
                .andExpect(jsonPath("$.band").value("EXTREME"))
                .andExpect(jsonPath("$.matrixId").value(second))
                .andExpect(jsonPath("$.assessments.length()").value(2))
                .andExpect(jsonPath("$.assessments[0].band").value("HIGH"))
                .andExpect(jsonPath("$.assessments[0].matrixId").value(first))
                .andExpect(jsonPath("$.assessments[1].matrixId").value(second));
        publish(defaultBands());
    }

    /** The band the heat map (before measures) colours a cell with. */
    private String heatMapBand(int likelihood, int severity) throws Exception {
        var cells = risks.call("hse", get("/api/v1/risks/heat-map"), null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.<List<String>>read(
                        cells, "$[?(@.likelihood == %d && @.severity == %d)].band".formatted(likelihood, severity))
                .get(0);
    }

    /**
     * The default order is fatal first, then the worst band of the risk's cell, severity and likelihood; a band's rank
     * is stored beside it (for an index), so it must follow every assessment. On an irregular matrix: (2, 3) is MEDIUM,
     * (3, 2) HIGH, every other cell LOW.
     */
    @Test
    void theRegisterListsFatalRisksFirstThenTheWorstBandOfTheirCellAndFollowsEachReassessment() throws Exception {
        publish(bands("MEDIUM", 2, 3, "HIGH", 3, 2));
        try {
            var bay = risks.areaNobodyWorksIn(plant);
            var medium = risks.assessed(bay, "Medium cell", 2, 3);
            var high = risks.assessed(bay, "High cell", 3, 2);
            var low = risks.assessed(bay, "Low cell of the worst severity", 1, 5);
            var fatal = risks.risk(bay, "Fatal, not assessed yet", true);
            var unassessed = risks.risk(bay, "Not assessed", false);

            assertThat(listed(bay, "")).containsExactly(fatal, high, medium, low, unassessed);
            assertThat(listed(bay, "band,desc")).containsExactly(fatal, unassessed, high, medium, low);
            assertThat(listed(bay, "band")).containsExactly(low, medium, high, fatal, unassessed);

            risks.step("hse", low, "assess", assessment(3, 2)).andExpect(status().isOk());
            risks.step("hse", high, "assess", assessment(1, 1)).andExpect(status().isOk());
            assertThat(listed(bay, "")).containsExactly(fatal, low, medium, high, unassessed);
            assertThat(listed(bay, "band")).containsExactly(high, medium, low, fatal, unassessed);
        } finally {
            publish(defaultBands());
        }
    }

    /** The fatal filter lists the fatal risks, or (false) the others, and the count of the same. */
    @Test
    void theFatalFilterListsTheFatalRisksOrTheOthersAndCountsThem() throws Exception {
        var bay = risks.areaNobodyWorksIn(plant);
        var fatal = risks.risk(bay, "Tapping hole breakout", true);
        var other = risks.risk(bay, "Slipping on scale", false);

        assertThat(listed(bay, "fatal", "true")).containsExactly(fatal);
        assertThat(listed(bay, "fatal", "false")).containsExactly(other);
        assertThat(listed(bay, "")).containsExactlyInAnyOrder(fatal, other);
        risks.call("hse", get("/api/v1/risks").param("areaId", bay).param("fatal", "false"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].fatal").value(false));
    }

    /** Each row names its site, area, category and owner, and the list sorts by each of these names. */
    @Test
    void theRegisterNamesEachRisksSiteAreaCategoryAndOwnerAndSortsByThem() throws Exception {
        var bay = risks.areaNobodyWorksIn(plant);
        var electrical = UUID.randomUUID();
        risks.call(
                        "hse",
                        post("/api/v1/risks"),
                        risks.details(electrical, bay, risks.category("ELECTRICAL"), "Open switchboard", false))
                .andExpect(status().isCreated());
        var molten = risks.risk(bay, "Ladle breakout", false);

        var owner = jdbc.sql("select full_name from person where id = :id")
                .param("id", new Logins(context).viewer("manager").personId())
                .query(String.class)
                .single();
        var names = jdbc.sql(
                        "select s.name || ' / ' || a.name from area a join site s on s.id = a.site_id where a.id = :id")
                .param("id", UUID.fromString(bay))
                .query(String.class)
                .single();
        risks.call("hse", get("/api/v1/risks").param("areaId", bay).param("sort", "category"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.items[0].id").value(electrical.toString()))
                .andExpect(jsonPath("$.items[0].categoryCode").value("ELECTRICAL"))
                .andExpect(jsonPath("$.items[0].categoryEn").value("Electrical"))
                .andExpect(jsonPath("$.items[0].categoryRu").value("Электробезопасность"))
                .andExpect(jsonPath("$.items[1].categoryCode").value("MOLTEN_METAL"))
                .andExpect(jsonPath("$.items[1].ownerName").value(owner))
                .andExpect(jsonPath("$.items[1].siteName").value(names.substring(0, names.indexOf(" / "))))
                .andExpect(jsonPath("$.items[1].areaName").value(names.substring(names.indexOf(" / ") + 3)));
        assertThat(listed(bay, "category,desc")).containsExactly(molten, electrical.toString());
        for (var name : List.of("site", "area", "owner")) {
            assertThat(listed(bay, name + ",desc")).containsExactlyInAnyOrder(molten, electrical.toString());
        }
    }

    private List<String> listed(String areaId, String sort) throws Exception {
        return listed(areaId, "sort", sort);
    }

    /** The ids the register lists in the area, with one more query parameter. */
    private List<String> listed(String areaId, String parameter, String value) throws Exception {
        var page = risks.call(
                        "hse", get("/api/v1/risks").param("areaId", areaId).param(parameter, value), null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(page, "$.items[*].id");
    }

    @Test
    void aRiskIsAssessedBeforeAnythingIsDecidedOnIt() throws Exception {
        var id = risks.risk(area, "Gas leak at the tuyere", true);
        risks.call("hse", get("/api/v1/risks/" + id), null)
                .andExpect(jsonPath("$.status").value("IDENTIFIED"))
                .andExpect(jsonPath("$.fatal").value(true));

        risks.step("hse", id, "residual", assessment(1, 1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        risks.step("director", id, "accept", "{\"justification\":\"We live with it\"}")
                .andExpect(status().isBadRequest());

        risks.step("hse", id, "assess", assessment(4, 5)).andExpect(status().isOk());
        risks.call("hse", get("/api/v1/risks/" + id), null)
                .andExpect(jsonPath("$.status").value("ASSESSED"))
                .andExpect(jsonPath("$.band").value(risks.band(4, 5)))
                .andExpect(jsonPath("$.fatal").value(true));
    }

    @Test
    void onlyADirectorAcceptsARiskAndOnlyWithAWrittenJustification() throws Exception {
        var id = risks.assessed(area, "Hot metal ladle tipping", 3, 4);

        risks.step("hse", id, "accept", "{\"justification\":\"Covered by the new ladle\"}")
                .andExpect(status().isForbidden());
        risks.step("manager", id, "accept", "{\"justification\":\"Covered by the new ladle\"}")
                .andExpect(status().isForbidden());
        risks.step("director", id, "accept", "{\"justification\":\"  \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("justification"));
        risks.call("hse", get("/api/v1/risks/" + id), null)
                .andExpect(jsonPath("$.status").value("ASSESSED"));

        risks.step("director", id, "accept", "{\"justification\":\"Ladle replaced in the spring outage\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.acceptanceJustification").value("Ladle replaced in the spring outage"))
                .andExpect(jsonPath("$.acceptedBy")
                        .value(risks.logins().viewer("director").personId().toString()));
        var history = risks.call("hse", get("/api/v1/risks/" + id + "/history"), null)
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(history, "$[*].changes.status.to"))
                .contains("ACCEPTED");
    }

    @Test
    void badInputIsRefusedByNameAndWritesNothing() throws Exception {
        long before = risks.count("risk_entry");
        var unknownCategory =
                risks.details(UUID.randomUUID(), area, UUID.randomUUID().toString(), "X", false);
        risks.call("hse", post("/api/v1/risks"), unknownCategory)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hazardCategoryId"));
        var unknownArea =
                risks.details(UUID.randomUUID(), UUID.randomUUID().toString(), risks.category("GAS"), "X", false);
        risks.call("hse", post("/api/v1/risks"), unknownArea)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("areaId"));
        assertThat(risks.count("risk_entry")).isEqualTo(before);

        var id = risks.risk(area, "Coke oven door", false);
        long version = risks.version(id);
        long assessments = risks.count("risk_assessment");
        risks.step("hse", id, "assess", assessment(6, 2))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("likelihood"));
        risks.step("hse", id, "assess", assessment(2, 0))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("severity"));
        assertThat(risks.version(id)).isEqualTo(version);
        assertThat(risks.count("risk_assessment")).isEqualTo(assessments);
        risks.call("hse", get("/api/v1/risks/" + id), null)
                .andExpect(jsonPath("$.status").value("IDENTIFIED"));
    }

    @Test
    void anExternalIdNamesOneRiskOfTheEnterpriseWhateverItsCase() throws Exception {
        var first = UUID.randomUUID();
        var json = risks.details(first, area, risks.category("GAS"), "BF gas at the top", false)
                .replace("{\"id\"", "{\"externalId\":\"BF-GAS-77\",\"id\"");
        risks.call("hse", post("/api/v1/risks"), json).andExpect(status().isCreated());
        risks.call("hse", post("/api/v1/risks"), json).andExpect(status().isOk());
        var again = json.replace(first.toString(), UUID.randomUUID().toString()).replace("BF-GAS-77", "bf-gas-77");
        risks.call("hse", post("/api/v1/risks"), again)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("externalId"));
    }

    @Test
    void aChangeNeedsTheVersionItWasMadeOn() throws Exception {
        var id = risks.risk(area, "Rail wagon movement", false);
        risks.call("hse", post("/api/v1/risks/" + id + "/assess"), assessment(2, 2))
                .andExpect(status().is(428));
        risks.call("hse", post("/api/v1/risks/" + id + "/assess").header("If-Match", "\"7\""), assessment(2, 2))
                .andExpect(status().is(412));
        var details = risks.details(UUID.randomUUID(), area, risks.category("TRAFFIC"), "Rail wagons", false);
        risks.call("hse", put("/api/v1/risks/" + id).header("If-Match", "\"0\""), details)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hazard").value("Rail wagons"))
                .andExpect(jsonPath("$.id").value(id));
    }

    /** Publishes the bands (likelihood-major rows) with the default labels; answers the new version's id. */
    private String publish(List<List<String>> bands) throws Exception {
        var labels = "[{\"en\":\"1\",\"ru\":\"1\"},{\"en\":\"2\",\"ru\":\"2\"},{\"en\":\"3\",\"ru\":\"3\"},"
                + "{\"en\":\"4\",\"ru\":\"4\"},{\"en\":\"5\",\"ru\":\"5\"}]";
        var rows = new ArrayList<String>();
        for (var row : bands) {
            rows.add("[\"" + String.join("\",\"", row) + "\"]");
        }
        var json = "{\"likelihoods\":%s,\"severities\":%s,\"bands\":[%s]}"
                .formatted(labels, labels, String.join(",", rows));
        var answer = risks.call("hse", post("/api/v1/risk-matrix"), json)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(answer, "$.id");
    }

    /** Every cell LOW but two, of one product each. */
    private static List<List<String>> bands(String firstBand, int l1, int s1, String secondBand, int l2, int s2) {
        var rows = new ArrayList<List<String>>();
        for (int l = 1; l <= 5; l++) {
            var row = new ArrayList<>(Collections.nCopies(5, "LOW"));
            if (l == l1) {
                row.set(s1 - 1, firstBand);
            }
            if (l == l2) {
                row.set(s2 - 1, secondBand);
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> defaultBands() {
        return List.of(
                List.of("LOW", "LOW", "LOW", "MEDIUM", "MEDIUM"),
                List.of("LOW", "LOW", "MEDIUM", "MEDIUM", "HIGH"),
                List.of("LOW", "MEDIUM", "MEDIUM", "HIGH", "EXTREME"),
                List.of("LOW", "MEDIUM", "HIGH", "HIGH", "EXTREME"),
                List.of("MEDIUM", "MEDIUM", "HIGH", "EXTREME", "EXTREME"));
    }
}
