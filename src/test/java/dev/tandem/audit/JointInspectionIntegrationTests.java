package dev.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A contractor's supervisor starts a joint inspection with the plant's line manager invited; both sign (a change after
 * a signature asks for both again) before it completes; its finding's action may be owned on the plant's side; it
 * counts for the contractor that started it, which no other contractor sees. The safety department audits a
 * contractor, whose score per month is the one formula over its audits.
 */
@TandemIntegrationTest
class JointInspectionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    ChecklistCalls calls;
    Logins logins;
    UUID template;
    UUID site;

    @BeforeEach
    void setUp() {
        var fixture = new InspectionFixture(mvc, context, jdbc);
        logins = fixture.logins;
        calls = fixture.calls;
        template = fixture.template;
        site = fixture.site;
    }

    @Test
    void bothSidesSignAJointInspectionBeforeItCompletesAndItCountsForTheContractorThatStartedIt() throws Exception {
        var manager = logins.viewer("manager").personId();
        var start =
                """
                {"templateId": "%s", "siteId": "%s", "kind": "JOINT", "invitedPersonId": "%s"}"""
                        .formatted(template, site, manager);
        calls.call("hse", post("/api/v1/inspections"), start).andExpect(status().isForbidden());
        calls.call("contractor1.worker", post("/api/v1/inspections"), start).andExpect(status().isForbidden());
        calls.call(
                        "contractor1",
                        post("/api/v1/inspections"),
                        start.replace(
                                manager.toString(),
                                logins.viewer("contractor1.worker").personId().toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("invitedPersonId"));
        var contractor1 = logins.viewer("contractor1").organisationId().toString();
        var id = JsonPath.<String>read(
                ChecklistCalls.body(calls.call("contractor1", post("/api/v1/inspections"), start)
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.kind").value("JOINT"))
                        .andExpect(jsonPath("$.organisationId").value(contractor1))
                        .andExpect(jsonPath("$.startedByOrganisationId").value(contractor1))
                        .andExpect(jsonPath("$.invitedPersonId").value(manager.toString()))),
                "$.id");
        calls.call("contractor2", get("/api/v1/inspections/" + id), null).andExpect(status().isNotFound());

        calls.onInspection(
                        "contractor1",
                        put("/api/v1/inspections/" + id + "/answers"),
                        id,
                        "{\"answers\": {\"latches\": \"no\", \"load\": \"2\"}}")
                .andExpect(status().isOk());
        calls.photo("contractor1", id, "latches").andExpect(status().isOk());
        // the action is owned on the plant's side, raised by the contractor's supervisor
        calls.call(
                        "contractor1",
                        post("/api/v1/inspections/" + id + "/findings"),
                        "{\"question\": \"latches\", \"ownerPersonId\": \"%s\"}".formatted(manager))
                .andExpect(status().isCreated());
        calls.call(
                        "manager",
                        get("/api/v1/actions/"
                                + jdbc.sql(
                                                "select action_id from audit_inspection_finding where audit_inspection = :id")
                                        .param("id", UUID.fromString(id))
                                        .query(UUID.class)
                                        .single()),
                        null)
                .andExpect(jsonPath("$.ownerPersonId").value(manager.toString()));

        complete(id)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("signature"));
        calls.sign("contractor2", id).andExpect(status().isNotFound());
        calls.sign("worker", id).andExpect(status().isForbidden());
        calls.sign("contractor1", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contractorSignedBy").isNotEmpty())
                .andExpect(jsonPath("$.ownerSignedBy").isEmpty());
        complete(id)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("signature"));
        calls.sign("manager", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ownerSignedBy").isNotEmpty());

        // a change after the signatures asks both sides to sign again
        calls.onInspection(
                        "manager",
                        put("/api/v1/inspections/" + id + "/answers"),
                        id,
                        "{\"notes\": {\"latches\": \"The 5 t hook\"}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contractorSignedBy").isEmpty())
                .andExpect(jsonPath("$.ownerSignedBy").isEmpty());
        calls.sign("contractor1", id).andExpect(status().isOk());
        calls.sign("manager", id).andExpect(status().isOk());
        complete(id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED"));

        var counted = ChecklistCalls.body(calls.call("hse", get("/api/v1/inspections/joint-counts"), null));
        List<Map<String, Object>> rows = JsonPath.read(counted, "$[?(@.organisationId == '" + contractor1 + "')]");
        assertThat(rows).singleElement().satisfies(row -> assertThat(((Number) row.get("completed")).intValue())
                .isPositive());
        var seenByAnother =
                ChecklistCalls.body(calls.call("contractor2", get("/api/v1/inspections/joint-counts"), null));
        assertThat(JsonPath.<List<String>>read(seenByAnother, "$[*].organisationId"))
                .doesNotContain(contractor1);
    }

    @Test
    void theSafetyDepartmentAuditsAContractorAndItsScoreIsKeptPerMonth() throws Exception {
        var contractor2 = logins.viewer("contractor2").organisationId().toString();
        var audit =
                """
                {"templateId": "%s", "siteId": "%s", "kind": "CONTRACTOR_AUDIT", "organisationId": "%s"}"""
                        .formatted(template, site, contractor2);
        calls.call("manager", post("/api/v1/inspections"), audit).andExpect(status().isForbidden());
        calls.call("contractor2", post("/api/v1/inspections"), audit).andExpect(status().isForbidden());
        calls.call(
                        "hse",
                        post("/api/v1/inspections"),
                        audit.replace(", \"organisationId\": \"" + contractor2 + "\"", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisationId"));
        var id = JsonPath.<String>read(
                ChecklistCalls.body(calls.call("hse", post("/api/v1/inspections"), audit)
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.kind").value("CONTRACTOR_AUDIT"))),
                "$.id");
        calls.onInspection(
                        "hse",
                        put("/api/v1/inspections/" + id + "/answers"),
                        id,
                        "{\"answers\": {\"latches\": \"yes\", \"load\": \"2\"}}")
                .andExpect(status().isOk());
        complete(id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.percentage").value(100.0));
        calls.call("contractor2", get("/api/v1/inspections/" + id), null).andExpect(status().isOk());

        var scores = ChecklistCalls.body(calls.call("hse", get("/api/v1/inspections/contractor-scores"), null)
                .andExpect(status().isOk()));
        List<Map<String, Object>> rows = JsonPath.read(scores, "$[?(@.organisationId == '" + contractor2 + "')]");
        assertThat(rows).isNotEmpty();
        assertThat(JsonPath.<List<Object>>read(
                        scores, "$[?(@.organisationId == '" + contractor2 + "')].score.percentage"))
                .isNotEmpty();
        var seenByAnother =
                ChecklistCalls.body(calls.call("contractor1", get("/api/v1/inspections/contractor-scores"), null));
        assertThat(JsonPath.<List<String>>read(seenByAnother, "$[*].organisationId"))
                .doesNotContain(contractor2);
    }

    private ResultActions complete(String id) throws Exception {
        var username = jdbc.sql("select kind from audit_inspection where id = :id")
                        .param("id", UUID.fromString(id))
                        .query(String.class)
                        .single()
                        .equals("JOINT")
                ? "contractor1"
                : "hse";
        return calls.complete(username, id);
    }
}
