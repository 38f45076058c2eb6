package dev.tandem.contractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.contractor.prequalification.DocumentStanding;
import dev.tandem.contractor.prequalification.PlantDay;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A contractor's lifecycle and prequalification through the API: every change of status with its reason in the
 * history, documents filed and approved with the rules on their validity, what blocks new engagements, and the
 * questionnaire's rates made by the plant's definitions.
 */
@TandemIntegrationTest
class PrequalificationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    DocumentStanding standing;

    @Autowired
    PlantDay day;

    ContractorFixture fixture;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixture = new ContractorFixture(mvc, context);
        today = day.today();
    }

    @Test
    void everyChangeOfStatusFollowsTheLifecycleSaysWhyAndIsKeptInTheHistory() throws Exception {
        var contractor = fixture.contractor("Lifecycle");
        var path = "/api/v1/contractors/{id}/status";

        fixture.call("hse", post(path, contractor.id()), "{'status':'ONBOARDING','reason':' '}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        fixture.call("hse", post(path, contractor.id()), "{'status':'SUSPENDED','reason':'Too early'}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        for (var user : List.of("manager", "director", contractor.supervisor())) {
            fixture.call(user, post(path, contractor.id()), "{'status':'ONBOARDING','reason':'Me'}")
                    .andExpect(status().isForbidden());
        }
        fixture.call("contractor1", post(path, contractor.id()), "{'status':'ONBOARDING','reason':'Me'}")
                .andExpect(status().isNotFound());

        var reasons = List.of(
                "Contract signed",
                "Onboarding month done",
                "Insurance expired",
                "New insurance approved",
                "Contract ended");
        var statuses = List.of("ONBOARDING", "ACTIVE", "SUSPENDED", "ACTIVE", "OFFBOARDED");
        for (int n = 0; n < statuses.size(); n++) {
            fixture.call(
                            "hse",
                            post(path, contractor.id()),
                            "{'status':'%s','reason':'%s'}".formatted(statuses.get(n), reasons.get(n)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value(statuses.get(n)))
                    .andExpect(jsonPath("$.statusReason").value(reasons.get(n)));
        }
        fixture.call("hse", get("/api/v1/contractors/{id}/history", contractor.id()), null)
                .andExpect(jsonPath("$[*].changes.statusReason.to").value(contains(reasons.toArray())))
                .andExpect(jsonPath("$[*].changes.status.to")
                        .value(contains("PROSPECTIVE", "ONBOARDING", "ACTIVE", "SUSPENDED", "ACTIVE", "OFFBOARDED")));
    }

    @Test
    void anExpiredDocumentAnUnrequiredOneOrOneWithoutAReadableScanIsRefusedAndNothingIsWritten() throws Exception {
        var contractor = fixture.contractor("Refused");
        fixture.classify(contractor.id(), fixture.type(60));

        fixture.file(contractor.supervisor(), contractor.id(), "INSURANCE", today.minusDays(1), ContractorFixture.PDF)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("validUntil"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(org.hamcrest.Matchers.containsString(
                                today.minusDays(1).toString())));
        fixture.file("hse", contractor.id(), "INSURANCE", today.minusDays(30), ContractorFixture.PDF)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("validUntil"));
        fixture.file(contractor.supervisor(), contractor.id(), "CATERING", today.plusDays(90), ContractorFixture.PDF)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        fixture.file(contractor.supervisor(), contractor.id(), "INSURANCE", today.plusDays(90), "scan".getBytes())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));

        assertThat(fixture.documents(contractor.id())).isZero();
        assertThat(fixture.scans(contractor.id())).isZero();
    }

    @Test
    void aRequiredDocumentMissingExpiredOrNotValidLongEnoughAfterTheStartBlocksNewEngagements() throws Exception {
        var contractor = fixture.contractor("Blocked");
        fixture.classify(contractor.id(), fixture.type(60));

        var submitted = fixture.file(
                        contractor.supervisor(),
                        contractor.id(),
                        "INSURANCE",
                        today.plusDays(45),
                        ContractorFixture.PDF)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andReturn();
        var insurance = UUID.fromString(JsonPath.read(submitted.getResponse().getContentAsString(), "$.id"));
        fixture.call("hse", get("/api/v1/contractors/{id}", contractor.id()), null)
                .andExpect(jsonPath("$.requiredDocuments[0].standing").value("MISSING"))
                .andExpect(jsonPath("$.requiredDocuments[0].pending").value(true))
                .andExpect(jsonPath("$.newWorkBlockedBy[*].code").value(containsInAnyOrder("INSURANCE", "LICENCE")));

        fixture.call(
                        contractor.supervisor(),
                        post("/api/v1/contractor-documents/{id}/review", insurance),
                        "{'approved':true}")
                .andExpect(status().isForbidden());
        fixture.call("hse", post("/api/v1/contractor-documents/{id}/review", insurance), "{'approved':false}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("comment"));
        fixture.call("hse", post("/api/v1/contractor-documents/{id}/review", insurance), "{'approved':true}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        fixture.file("hse", contractor.id(), "LICENCE", today.plusDays(400), ContractorFixture.PDF)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("APPROVED"));

        // valid for 45 days, but work starting today needs 60 left
        fixture.call("hse", get("/api/v1/contractors/{id}", contractor.id()), null)
                .andExpect(jsonPath("$.requiredDocuments[0].standing").value("VALID"))
                .andExpect(jsonPath("$.newWorkBlockedBy[*].code").value(contains("INSURANCE")))
                .andExpect(jsonPath("$.newWorkBlockedBy[0].neededUntil")
                        .value(today.plusDays(60).toString()));
        assertThat(standing.blockersOfNewWork(contractor.id(), today.minusDays(20)))
                .extracting(DocumentStanding.Blocker::code)
                .containsExactly("INSURANCE");

        var renewed = fixture.file(
                        contractor.supervisor(),
                        contractor.id(),
                        "INSURANCE",
                        today.plusDays(200),
                        ContractorFixture.PDF)
                .andReturn();
        var renewal = UUID.fromString(JsonPath.read(renewed.getResponse().getContentAsString(), "$.id"));
        fixture.call("hse", post("/api/v1/contractor-documents/{id}/review", renewal), "{'approved':true}")
                .andExpect(status().isOk());
        assertThat(standing.blockersOfNewWork(contractor.id(), today)).isEmpty();
        assertThat(standing.blockersOfNewWork(contractor.id(), today.plusDays(140)))
                .isEmpty();
        assertThat(standing.blockersOfNewWork(contractor.id(), today.plusDays(141)))
                .extracting(DocumentStanding.Blocker::code)
                .containsExactly("INSURANCE");

        // time passes: both insurance certificates run out
        fixture.jdbc
                .sql(
                        "update contractor_document set valid_until = :day where organisation_id = :id and code = 'INSURANCE'")
                .param("day", today.minusDays(2))
                .param("id", contractor.id())
                .update();
        fixture.call("hse", get("/api/v1/contractors/{id}", contractor.id()), null)
                .andExpect(jsonPath("$.requiredDocuments[0].standing").value("EXPIRED"))
                .andExpect(jsonPath("$.newWorkBlockedBy[0].standing").value("EXPIRED"));
        fixture.call("hse", get("/api/v1/contractors").param("q", nameOf(contractor)), null)
                .andExpect(jsonPath("$.items[0].documentsNotValid").value(1));
        assertThat(standing.blockersOfRunningWork(contractor.id(), today.minusDays(400)))
                .extracting(DocumentStanding.Blocker::code)
                .containsExactly("INSURANCE");
    }

    @Test
    void theQuestionnaireOfThreeYearsIsRatedAsThePlantRatesItselfAndReviewedByTheSafetyDepartment() throws Exception {
        var contractor = fixture.contractor("Questionnaire");
        var year = today.getYear();
        var wrongYears = answers(year - 4, year - 3, year - 2);
        fixture.call(
                        contractor.supervisor(),
                        put("/api/v1/contractors/{id}/questionnaire", contractor.id()),
                        wrongYears)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("years"));
        fixture.call(
                        "contractor1",
                        put("/api/v1/contractors/{id}/questionnaire", contractor.id()),
                        answers(year - 3, year - 2, year - 1))
                .andExpect(status().isNotFound());

        var answered = fixture.call(
                        contractor.supervisor(),
                        put("/api/v1/contractors/{id}/questionnaire", contractor.id()),
                        answers(year - 3, year - 2, year - 1))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.years[0].declared.year").value(year - 3))
                .andExpect(jsonPath("$.plant.ltifr.base").isNumber())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int base = JsonPath.read(answered, "$.threeYears.ltifr.base");
        // 2 lost-time injuries and 4 recordable cases in 500,000 hours; the first year 1 in 100,000
        assertThat(((Number) JsonPath.read(answered, "$.threeYears.ltifr.value")).doubleValue())
                .isEqualTo(2.0 * base / 500_000);
        assertThat(((Number) JsonPath.read(answered, "$.threeYears.trifr.value")).doubleValue())
                .isEqualTo(4.0 * base / 500_000);
        assertThat(((Number) JsonPath.read(answered, "$.years[0].rates.ltifr.value")).doubleValue())
                .isEqualTo(1.0 * base / 100_000);

        fixture.call(
                        "manager",
                        post("/api/v1/contractors/{id}/questionnaire/review", contractor.id()),
                        "{'approved':true}")
                .andExpect(status().isForbidden());
        fixture.call(
                        "hse",
                        post("/api/v1/contractors/{id}/questionnaire/review", contractor.id()),
                        "{'approved':false}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("comment"));
        fixture.call(
                        "hse",
                        post("/api/v1/contractors/{id}/questionnaire/review", contractor.id()),
                        "{'approved':false,'comment':'Add the overtime hours'}")
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.reviewComment").value("Add the overtime hours"));
        fixture.call(
                        contractor.supervisor(),
                        put("/api/v1/contractors/{id}/questionnaire", contractor.id()),
                        answers(year - 3, year - 2, year - 1))
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        fixture.call("hse", post("/api/v1/contractors/{id}/questionnaire/review", contractor.id()), "{'approved':true}")
                .andExpect(jsonPath("$.status").value("APPROVED"));
        fixture.call("hse", get("/api/v1/contractors/{id}/questionnaire/history", contractor.id()), null)
                .andExpect(jsonPath("$[*].changes.questionnaireStatus.to")
                        .value(contains("DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED")));
    }

    @Test
    void aContractorTypeIsKeptByTheSafetyDepartmentAndAChangeKeepsWhenEachDocumentBecameRequired() throws Exception {
        var body =
                "{'name':'Scaffolding %s','documents':[{'code':'insurance','name':'Insurance','warnDays':30,'minValidityDays':60,'appliesToRunning':true}]}"
                        .formatted(UUID.randomUUID());
        for (var user : List.of("manager", "contractor1", "director")) {
            fixture.call(user, post("/api/v1/contractor-types"), body).andExpect(status().isForbidden());
        }
        var created = fixture.call("hse", post("/api/v1/contractor-types"), body)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.documents[0].code").value("INSURANCE"))
                .andExpect(jsonPath("$.documents[0].requiredSince").value(today.toString()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(created, "$.id");
        fixture.call(
                        "hse",
                        put("/api/v1/contractor-types/{id}", id),
                        "{'name':'Scaffolding','documents':[{'code':'A','name':'A','warnDays':1,'minValidityDays':1},{'code':'a','name':'B','warnDays':1,'minValidityDays':1}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("documents"));
        fixture.call("contractor1", get("/api/v1/contractor-types/{id}", id), null)
                .andExpect(status().isOk());
        fixture.call("worker", get("/api/v1/contractor-types/{id}", id), null).andExpect(status().isForbidden());
    }

    private String nameOf(ContractorFixture.Contractor contractor) {
        return fixture.jdbc
                .sql("select name from organisation where id = :id")
                .param("id", contractor.id())
                .query(String.class)
                .single();
    }

    private static String answers(int first, int second, int third) {
        return """
                {'years':[
                 {'year':%d,'hoursWorked':100000,'fatalities':0,'lostTime':1,'restrictedWork':1,'medicalTreatment':0},
                 {'year':%d,'hoursWorked':200000,'fatalities':0,'lostTime':0,'restrictedWork':0,'medicalTreatment':1},
                 {'year':%d,'hoursWorked':200000,'fatalities':0,'lostTime':1,'restrictedWork':0,'medicalTreatment':0}]}"""
                .formatted(first, second, third);
    }
}
