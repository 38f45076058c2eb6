package dev.tandem.risk;

import static dev.tandem.risk.ControlFixture.control;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Controls of a risk by the hierarchy, and the verification of critical ones: a failure marks the control NOT
 * EFFECTIVE, raises an action on its owner and tells the area's manager and the safety department (CRITICAL when the
 * risk is fatal); a pass marks it EFFECTIVE.
 */
@TandemIntegrationTest
class ControlIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    RiskFixture risks;
    ControlFixture controls;
    String area;

    @BeforeEach
    void setUp() {
        risks = new RiskFixture(mvc, jdbc, new Logins(context));
        controls = new ControlFixture(risks, jdbc);
        area = risks.areaWorkedInBy("contractor1");
    }

    @Test
    void aFailedVerificationOfAFatalRisksControlMarksItNotEffectiveRaisesAnActionAndTellsTheAreaAndHseCritically()
            throws Exception {
        var owned = controls.areaOwnedBy("manager", context.getBean(dev.tandem.organisation.PlantStructure.class));
        var risk = risks.risk(owned, "Blast-furnace gas at the tuyeres", true);
        var control = controls.critical(risk, "worker");
        assertThat(controls.read("hse", risk, control, "$.effectiveness")).isEqualTo("UNVERIFIED");
        long actions = controls.count("corrective_action");

        var failed = UUID.randomUUID();
        var answer = controls.verify("hse", risk, control, failed, false)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.passed").value(false))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(controls.read("hse", risk, control, "$.effectiveness")).isEqualTo("NOT_EFFECTIVE");
        String action = JsonPath.read(answer, "$.actionId");
        risks.call("hse", get("/api/v1/actions/" + action), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ownerPersonId")
                        .value(controls.person("worker").toString()))
                .andExpect(jsonPath("$.sourceType").value("RISK"))
                .andExpect(jsonPath("$.sourceId").value(control))
                .andExpect(jsonPath("$.priority").value("CRITICAL"));
        assertThat(controls.count("corrective_action")).isEqualTo(actions + 1);

        var told = List.of(controls.person("manager"), controls.person("hse"));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(told(control, "risk.fatal-control-failed"))
                        .containsAll(told)
                        .doesNotContain(controls.person("contractor1")));
        assertThat(severities(control)).containsOnly("CRITICAL");

        // the phone sends it again: the stored verification, nothing new
        controls.verify("hse", risk, control, failed, false).andExpect(status().isOk());
        assertThat(controls.count("corrective_action")).isEqualTo(actions + 1);
        risks.call("hse", get("/api/v1/risks/" + risk + "/controls/" + control + "/verifications"), null)
                .andExpect(jsonPath("$.totalItems").value(1));

        controls.verify("worker", risk, control, UUID.randomUUID(), true).andExpect(status().isCreated());
        assertThat(controls.read("hse", risk, control, "$.effectiveness")).isEqualTo("EFFECTIVE");
        assertThat(controls.count("corrective_action")).isEqualTo(actions + 1);
        risks.call("hse", get("/api/v1/risks/" + risk + "/controls/" + control + "/history"), null)
                .andExpect(jsonPath("$[2].changes.effectiveness.to").value("EFFECTIVE"));
    }

    @Test
    void aFailedControlOfARiskThatIsNotFatalNeedsActionButIsNotCritical() throws Exception {
        var owned = controls.areaOwnedBy("manager", context.getBean(dev.tandem.organisation.PlantStructure.class));
        var risk = risks.risk(owned, "Slag pot handling", false);
        var control = controls.critical(risk, "manager");

        controls.verify("manager", risk, control, UUID.randomUUID(), false).andExpect(status().isCreated());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(told(control, "risk.control-failed"))
                .contains(controls.person("manager"), controls.person("hse")));
        assertThat(severities(control)).containsOnly("ACTION_NEEDED");
        assertThat(told(control, "risk.fatal-control-failed")).isEmpty();
    }

    @Test
    void controlsAreAddedChangedWithIfMatchAndVoidedWithAReason() throws Exception {
        var risk = risks.risk(area, "Ladle crane travel", true);
        var id = UUID.randomUUID();
        var json = control(id, "PPE", controls.person("manager"), false, null, null);
        controls.add("hse", risk, json)
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.level").value("PPE"))
                .andExpect(jsonPath("$.critical").value(false))
                .andExpect(jsonPath("$.cadenceDays").doesNotExist());
        controls.add("hse", risk, json).andExpect(status().isOk());

        var changed = control(id, "ENGINEERING", controls.person("manager"), true, "Limit switch stops at 2 m", 30);
        var path = "/api/v1/risks/" + risk + "/controls/" + id;
        risks.call("manager", put(path).header("If-Match", "\"7\""), changed)
                .andExpect(status().isPreconditionFailed());
        risks.call("manager", put(path).header("If-Match", "\"0\""), changed)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("ENGINEERING"))
                .andExpect(jsonPath("$.cadenceDays").value(30));
        risks.call("hse", post(path + "/void"), "{\"reason\":\"Crane replaced\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.voided").value(true));
        risks.call("hse", get(path + "/history"), null)
                .andExpect(jsonPath("$[0].kind").value("CREATED"))
                .andExpect(jsonPath("$[1].changes.level.from").value("PPE"))
                .andExpect(jsonPath("$[2].kind").value("VOIDED"));
        controls.verify("hse", risk, id.toString(), UUID.randomUUID(), true).andExpect(status().isBadRequest());
    }

    @Test
    void aContractorReadsTheControlsOfRisksInItsReachAndNeverChangesOrVerifiesThem() throws Exception {
        var risk = risks.risk(risks.areaWorkedInOnlyBy("contractor1", "contractor2"), "Coke oven door", true);
        var control = controls.critical(risk, "worker");
        long verifications = controls.count("control_verification");
        long version = version(control);

        risks.call("contractor1", get("/api/v1/risks/" + risk + "/controls"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(control));
        risks.call("contractor2", get("/api/v1/risks/" + risk + "/controls"), null)
                .andExpect(status().isNotFound());
        risks.call("contractor2", get("/api/v1/risks/" + risk + "/controls/" + control), null)
                .andExpect(status().isNotFound());
        for (var contractor : List.of("contractor1", "contractor1.worker")) {
            controls.add(
                            contractor,
                            risk,
                            control(UUID.randomUUID(), "PPE", controls.person("worker"), false, null, null))
                    .andExpect(status().isForbidden());
            controls.verify(contractor, risk, control, UUID.randomUUID(), false).andExpect(status().isForbidden());
        }
        controls.verify("contractor2", risk, control, UUID.randomUUID(), false).andExpect(status().isNotFound());
        assertThat(controls.count("control_verification")).isEqualTo(verifications);
        assertThat(version(control)).isEqualTo(version);
    }

    @Test
    void aRiskOrAControlSentAgainUnderItsIdByAnotherRoleOrContractorLearnsNothingAndChangesNothing() throws Exception {
        var area = risks.areaWorkedInOnlyBy("contractor1", "contractor2");
        var riskId = UUID.randomUUID();
        var details = risks.details(riskId, area, risks.category("MOLTEN_METAL"), "Ladle tilting", true);
        risks.call("hse", post("/api/v1/risks"), details).andExpect(status().isCreated());
        risks.call("hse", post("/api/v1/risks"), details).andExpect(status().isOk());
        var controlId = UUID.randomUUID();
        var control = control(controlId, "ENGINEERING", controls.person("worker"), true, "Tilts at most 5°", 7);
        controls.add("hse", riskId.toString(), control).andExpect(status().isCreated());
        long version = version(controlId.toString());

        for (var outsider : List.of("contractor1", "contractor1.worker", "contractor2", "worker")) {
            var risk = risks.call(outsider, post("/api/v1/risks"), details.replace("Ladle tilting", "Planted"))
                    .andReturn()
                    .getResponse();
            assertThat(risk.getStatus()).as(outsider).isIn(403, 404);
            assertThat(risk.getContentAsString()).as(outsider).doesNotContain("Ladle tilting");
            var again = controls.add(outsider, riskId.toString(), control.replace("20 ppm", "90 ppm"))
                    .andReturn()
                    .getResponse();
            assertThat(again.getStatus()).as(outsider).isIn(403, 404);
            assertThat(again.getContentAsString()).as(outsider).doesNotContain("Gas detector");
        }
        assertThat(controls.read("hse", riskId.toString(), controlId.toString(), "$.description"))
                .contains("20 ppm");
        assertThat(version(controlId.toString())).isEqualTo(version);
        risks.call("hse", get("/api/v1/risks/" + riskId), null)
                .andExpect(jsonPath("$.hazard").value("Ladle tilting"));
    }

    @Test
    void aWorkerAddsNoControlButVerifiesTheOneTheyOwn() throws Exception {
        var risk = risks.risk(area, "Tapping the furnace", true);
        var theirs = controls.critical(risk, "worker");
        var another = controls.critical(risk, "manager");
        long controlsBefore = controls.count("risk_control");

        controls.add("worker", risk, control(UUID.randomUUID(), "PPE", controls.person("worker"), false, null, null))
                .andExpect(status().isForbidden());
        controls.add("director", risk, control(UUID.randomUUID(), "PPE", controls.person("worker"), false, null, null))
                .andExpect(status().isForbidden());
        assertThat(controls.count("risk_control")).isEqualTo(controlsBefore);
        controls.verify("worker", risk, another, UUID.randomUUID(), true).andExpect(status().isForbidden());
        controls.verify("worker", risk, theirs, UUID.randomUUID(), true).andExpect(status().isCreated());
    }

    @Test
    void aLineManagerOfAnotherSiteAddsAndVerifiesNothing() throws Exception {
        var risk = UUID.fromString(risks.risk(area, "Hot metal ladle tilting", true));
        var control = UUID.fromString(controls.critical(risk.toString(), "worker"));
        var elsewhere = risks.logins().viewer("manager").onSite(UUID.randomUUID());
        var register = context.getBean(ControlRegister.class);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> register.add(
                        risk,
                        new DefineControl(
                                null, ControlLevel.PPE, "Aprons", controls.person("worker"), false, null, null),
                        elsewhere))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> register.verify(risk, control, new VerifyControl(null, false, null), null, elsewhere))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(controls.read("hse", risk.toString(), control.toString(), "$.effectiveness"))
                .isEqualTo("UNVERIFIED");
    }

    @Test
    void badInputIsRefusedByFieldAndWritesNothing() throws Exception {
        var risk = risks.risk(area, "Oxygen lance", true);
        long before = controls.count("risk_control");
        var owner = controls.person("manager");

        controls.add("hse", risk, control(UUID.randomUUID(), "PRAYER", owner, false, null, null))
                .andExpect(status().isBadRequest());
        controls.add(
                        "hse",
                        risk,
                        control(UUID.randomUUID(), "PPE", controls.person("contractor1.worker"), false, null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ownerPersonId"));
        for (int cadence : new int[] {0, 732, -7}) {
            controls.add("hse", risk, control(UUID.randomUUID(), "ENGINEERING", owner, true, "Holds", cadence))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("cadenceDays"));
        }
        controls.add("hse", risk, control(UUID.randomUUID(), "ENGINEERING", owner, true, null, 7))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("performanceStandard"));
        controls.add("hse", risk, control(UUID.randomUUID(), "ENGINEERING", owner, true, "Holds", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cadenceDays"));
        assertThat(controls.count("risk_control")).isEqualTo(before);

        var plain = UUID.randomUUID();
        controls.add("hse", risk, control(plain, "PPE", owner, false, null, null))
                .andExpect(status().isCreated());
        long verifications = controls.count("control_verification");
        controls.verify("hse", risk, plain.toString(), UUID.randomUUID(), false).andExpect(status().isBadRequest());
        risks.call(
                        "hse",
                        post("/api/v1/risks/" + risk + "/controls/" + plain + "/verifications"),
                        "{\"note\":\"no outcome\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("passed"));
        assertThat(controls.count("control_verification")).isEqualTo(verifications);
        risks.call("hse", get("/api/v1/risks/critical-controls/on-time").param("quarter", "5"), null)
                .andExpect(status().isBadRequest());
    }

    @Test
    void aPersonAnsweringForAControlIsNotVoidedUntilItIsHandedOverOrVoided() throws Exception {
        var risk = risks.risk(area, "Slag pit", true);
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var person = JsonPath.<String>read(
                risks.call(
                                "hse",
                                post("/api/v1/people"),
                                "{\"organisationId\":\"%s\",\"fullName\":\"Control Owner %s\"}"
                                        .formatted(risks.logins().viewer("hse").organisationId(), tag))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        var control = UUID.randomUUID();
        controls.add("hse", risk, control(control, "ENGINEERING", UUID.fromString(person), false, null, null))
                .andExpect(status().isCreated());

        risks.call("hse", post("/api/v1/people/" + person + "/void"), "{\"reason\":\"Left\"}")
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Gas detector at the tuyere")));
        risks.call("hse", post("/api/v1/risks/" + risk + "/controls/" + control + "/void"), "{\"reason\":\"Gone\"}")
                .andExpect(status().isOk());
        risks.call("hse", post("/api/v1/people/" + person + "/void"), "{\"reason\":\"Left\"}")
                .andExpect(status().isOk());
    }

    @Test
    void aMatrixWithAMissingLevelIsABadRequest() throws Exception {
        long versions = controls.count("risk_matrix");
        var level = "{\"en\":\"x\",\"ru\":\"x\"}";
        var json = "{\"likelihoods\":[%s,null],\"severities\":[%s,%s],\"bands\":[[\"LOW\",\"LOW\"],[\"LOW\",\"HIGH\"]]}"
                .formatted(level, level, level);
        risks.call("hse", post("/api/v1/risk-matrix"), json).andExpect(status().isBadRequest());
        assertThat(controls.count("risk_matrix")).isEqualTo(versions);
    }

    private List<UUID> told(String control, String kind) {
        return jdbc.sql("select recipient_person_id from notification where record_id = :record and kind = :kind")
                .param("record", UUID.fromString(control))
                .param("kind", kind)
                .query(UUID.class)
                .list();
    }

    private List<String> severities(String control) {
        return jdbc.sql("select distinct severity from notification where record_id = :record")
                .param("record", UUID.fromString(control))
                .query(String.class)
                .list();
    }

    private long version(String control) {
        return jdbc.sql("select version from risk_control where id = :id")
                .param("id", UUID.fromString(control))
                .query(Long.class)
                .single();
    }
}
