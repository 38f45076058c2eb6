package dev.tandem.contractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.contractor.prequalification.PlantDay;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * A contractor's file is its own and the owner's: another contractor's people find nothing of it on any endpoint or
 * page (as if it did not exist), a worker reads no contractor's file, and only the safety department decides.
 */
@TandemIntegrationTest
class ContractorScopeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    ContractorFixture fixture;
    ContractorFixture.Contractor contractor;
    UUID document;
    UUID scan;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ContractorFixture(mvc, context);
        contractor = fixture.contractor("Scoped");
        fixture.classify(contractor.id(), fixture.type(0));
        var filed = fixture.file(
                        contractor.supervisor(),
                        contractor.id(),
                        "LICENCE",
                        LocalDate.now().plusYears(1),
                        ContractorFixture.PDF)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        document = UUID.fromString(JsonPath.read(filed, "$.id"));
        scan = UUID.fromString(JsonPath.read(filed, "$.scans[0]"));
    }

    private List<AbstractMockHttpServletRequestBuilder<?>> reads() {
        return List.of(
                get("/api/v1/contractors/{id}", contractor.id()),
                get("/api/v1/contractors/{id}/history", contractor.id()),
                get("/api/v1/contractors/{id}/questionnaire", contractor.id()),
                get("/api/v1/contractors/{id}/questionnaire/history", contractor.id()),
                get("/api/v1/contractors/{id}/documents", contractor.id()),
                get("/api/v1/contractors/{id}/documents/export", contractor.id()),
                get("/api/v1/contractors/standings")
                        .param("organisationId", contractor.id().toString()),
                get("/api/v1/contractor-documents/{id}", document),
                get("/api/v1/contractor-documents/{id}/history", document),
                get("/api/v1/contractor-documents/{id}/scans/{scan}", document, scan));
    }

    @Test
    void anotherContractorFindsNothingOfItOnAnyEndpointAndAWorkerIsRefused() throws Exception {
        for (var read : reads()) {
            fixture.call("contractor1", read, null).andExpect(status().isNotFound());
        }
        for (var read : reads()) {
            fixture.call(contractor.supervisor(), read, null).andExpect(status().isOk());
        }
        for (var user : List.of("worker", "contractor1.worker")) {
            for (var read : reads()) {
                fixture.call(user, read, null).andExpect(status().isForbidden());
            }
        }
        fixture.call("contractor1", get("/api/v1/contractors"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$.items[*].id",
                        everyItem(is(fixture.logins
                                .viewer("contractor1")
                                .organisationId()
                                .toString()))));
        fixture.call("worker", get("/api/v1/contractors"), null).andExpect(status().isForbidden());
    }

    @Test
    void anotherContractorChangesNothingOfItAndOnlyTheSafetyDepartmentDecides() throws Exception {
        var writes = List.<AbstractMockHttpServletRequestBuilder<?>>of(
                post("/api/v1/contractors/{id}/status", contractor.id()),
                put("/api/v1/contractors/{id}/type", contractor.id()),
                put("/api/v1/contractors/{id}/questionnaire", contractor.id()),
                post("/api/v1/contractors/{id}/questionnaire/review", contractor.id()),
                post("/api/v1/contractor-documents/{id}/review", document),
                post("/api/v1/contractor-documents/{id}/void", document));
        var year = context.getBean(PlantDay.class).today().getYear();
        var years = new StringBuilder();
        for (int y = year - 3; y < year; y++) {
            years.append(years.isEmpty() ? "" : ",")
                    .append(
                            "{'year':%d,'hoursWorked':1,'fatalities':0,'lostTime':0,'restrictedWork':0,'medicalTreatment':0}"
                                    .formatted(y));
        }
        var body = "{'status':'ONBOARDING','reason':'x','policyId':'%s','approved':true,'years':[%s],'comment':'x'}"
                .formatted(UUID.randomUUID(), years);
        for (var write : writes) {
            fixture.call("contractor1", write, body).andExpect(status().isNotFound());
        }
        fixture.file("contractor1", contractor.id(), "LICENCE", LocalDate.now().plusYears(1), ContractorFixture.PDF)
                .andExpect(status().isNotFound());
        fixture.call(contractor.supervisor(), post("/api/v1/contractors/{id}/status", contractor.id()), body)
                .andExpect(status().isForbidden());
        fixture.call(contractor.supervisor(), post("/api/v1/contractor-documents/{id}/review", document), body)
                .andExpect(status().isForbidden());
        assertThat(fixture.jdbc
                        .sql("select status from contractor_document where id = :id")
                        .param("id", document)
                        .query(String.class)
                        .single())
                .isEqualTo("SUBMITTED");
        assertThat(fixture.documents(contractor.id())).isEqualTo(1);
    }

    @Test
    void thePagesShowAContractorItsOwnFileAndNothingOfAnothers() throws Exception {
        var name = fixture.jdbc
                .sql("select name from organisation where id = :id")
                .param("id", contractor.id())
                .query(String.class)
                .single();
        mvc.perform(get("/contractors/{id}", contractor.id()).with(fixture.logins.as("contractor1")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/contractors/{id}", contractor.id()).with(fixture.logins.as("worker")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/contractors").with(fixture.logins.as("contractor1")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/contractors/{id}", contractor.id()).with(fixture.logins.as(contractor.supervisor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("LICENCE certificate")))
                .andExpect(content().string(not(containsString("data-status-form"))));
        mvc.perform(get("/contractors/{id}/documents/{d}/scans/{s}", contractor.id(), document, scan)
                        .with(fixture.logins.as("contractor1")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/contractors").with(fixture.logins.as("hse")).param("q", name))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/contractors/types").with(fixture.logins.as("worker"))).andExpect(status().isForbidden());
    }
}
