package dev.tandem.risk;

import static dev.tandem.risk.RiskFixture.assessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

/** Compensating measures are actions on the risk; the risk after measures waits until one of them is verified. */
@TandemIntegrationTest
class RiskMeasuresIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    RiskFixture risks;
    String area;

    @BeforeEach
    void setUp() {
        risks = new RiskFixture(mvc, jdbc, new Logins(context));
        area = risks.areaWorkedInBy("contractor1");
    }

    @Test
    void theRiskAfterMeasuresIsAssessedOnlyOnceAMeasureIsDoneAndVerifiedByASecondPerson() throws Exception {
        var id = risks.assessed(area, "Oxygen lance breakage", 4, 5);
        var measure = UUID.randomUUID().toString();
        risks.call(
                        "hse",
                        post("/api/v1/actions"),
                        """
                        {"id":"%s","title":"Interlock the lance hoist","sourceType":"RISK","sourceId":"%s",
                         "ownerPersonId":"%s","dueDate":"%s"}"""
                                .formatted(
                                        measure,
                                        id,
                                        risks.logins().viewer("manager").personId(),
                                        LocalDate.now().plusDays(10)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sourceType").value("RISK"));
        long assessments = risks.count("risk_assessment");

        residualRefused(id);
        action("manager", measure, "start", "\"0\"", null);
        action("manager", measure, "complete", "\"1\"", "{\"note\":\"Interlock fitted and tested\"}");
        residualRefused(id);
        assertThat(risks.count("risk_assessment")).isEqualTo(assessments);

        action("hse", measure, "verify", "\"2\"", null);
        risks.step("hse", id, "residual", assessment(1, 1))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ELIMINATED"))
                .andExpect(jsonPath("$.residualBand").value(risks.band(1, 1)))
                .andExpect(jsonPath("$.band").value(risks.band(4, 5)));
        var mitigated = risks.band(3, 3).equals(risks.band(1, 1)) ? "ELIMINATED" : "MITIGATED";
        risks.step("hse", id, "residual", assessment(3, 3))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(mitigated))
                .andExpect(jsonPath("$.assessments.length()").value(3))
                .andExpect(jsonPath("$.assessments[2].stage").value("RESIDUAL"));
    }

    private void residualRefused(String id) throws Exception {
        long version = risks.version(id);
        risks.step("hse", id, "residual", assessment(1, 1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("likelihood"));
        assertThat(risks.version(id)).isEqualTo(version);
    }

    private void action(String username, String id, String step, String version, String json) throws Exception {
        risks.call(username, post("/api/v1/actions/" + id + "/" + step).header("If-Match", version), json)
                .andExpect(status().isOk());
    }
}
