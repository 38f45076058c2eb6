package dev.tandem.contractor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.contractor.prequalification.PlantDay;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A contractor's documents are a list like every other: filtered, sorted and paged on its page and over the API, and
 * exported whole as a workbook; the dashboard's panel shows each contractor's documents not valid or expiring and its
 * onboarding. Another contractor finds none of it.
 */
@TandemIntegrationTest
class DocumentListIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    ContractorFixture fixture;
    ContractorFixture.Contractor contractor;
    LocalDate today;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ContractorFixture(mvc, context);
        today = context.getBean(PlantDay.class).today();
        contractor = fixture.contractor("Listed");
        fixture.classify(contractor.id(), fixture.type(0));
        fixture.file("hse", contractor.id(), "INSURANCE", today.plusDays(10), ContractorFixture.PDF)
                .andExpect(status().isCreated());
        fixture.file("hse", contractor.id(), "LICENCE", today.plusYears(1), ContractorFixture.PDF)
                .andExpect(status().isCreated());
        fixture.file(contractor.supervisor(), contractor.id(), "LICENCE", today.plusYears(2), ContractorFixture.PDF)
                .andExpect(status().isCreated());
    }

    @Test
    void theDocumentsArePagedFilteredAndExportedAndAnotherContractorFindsNothing() throws Exception {
        var list = "/api/v1/contractors/{id}/documents";
        fixture.call(contractor.supervisor(), get(list, contractor.id()).param("size", "2"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.items.length()").value(2));
        fixture.call("hse", get(list, contractor.id()).param("status", "SUBMITTED"), null)
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].status").value("SUBMITTED"))
                .andExpect(jsonPath("$.items[0].scans").isNotEmpty());
        fixture.call("hse", get(list, contractor.id()).param("sort", "validUntil"), null)
                .andExpect(jsonPath("$.items[0].code").value("INSURANCE"));
        fixture.call("hse", get(list, contractor.id()).param("status", "LOST"), null)
                .andExpect(status().isBadRequest());
        fixture.call("hse", get(list + "/export", contractor.id()), null)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        var csv = fixture.call("hse", get(list + "/export", contractor.id()).param("format", "csv"), null)
                .andExpect(status().isOk())
                .andReturn();
        mvc.perform(asyncDispatch(csv)).andExpect(content().string(containsString("INSURANCE certificate")));
        fixture.call("contractor1", get(list, contractor.id()), null).andExpect(status().isNotFound());
        fixture.call("contractor1", get(list + "/export", contractor.id()), null)
                .andExpect(status().isNotFound());
        fixture.call("worker", get(list + "/export", contractor.id()), null).andExpect(status().isForbidden());

        mvc.perform(get("/contractors/{id}", contractor.id())
                        .param("size", "1")
                        .with(fixture.logins.as(contractor.supervisor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-documents-export")))
                .andExpect(content().string(containsString("page=1")));
        mvc.perform(get("/contractors/{id}/documents/export", contractor.id()).with(fixture.logins.as("contractor1")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDashboardShowsEachContractorsDocumentsNotValidOrExpiringAndItsOnboarding() throws Exception {
        // the insurance certificate is valid for 10 more days, within its 30 days of warning; no onboarding yet
        fixture.call(
                        "hse",
                        get("/api/v1/contractors/standings")
                                .param("organisationId", contractor.id().toString()),
                        null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].documentsExpiring").value(1))
                .andExpect(jsonPath("$.items[0].documentsNotValid").value(0))
                .andExpect(jsonPath("$.items[0].startedOn").isEmpty());
        fixture.validUntil(contractor.id(), "INSURANCE", today.minusDays(1));
        fixture.call(contractor.supervisor(), get("/api/v1/contractors/standings"), null)
                .andExpect(
                        jsonPath("$.items[*].id", everyItem(is(contractor.id().toString()))))
                .andExpect(jsonPath("$.items[0].documentsNotValid").value(1));
        mvc.perform(get("/contractors/standings").with(fixture.logins.as("director")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-contractor-standings")));
        mvc.perform(get("/contractors/standings")
                        .param("organisation", contractor.id().toString())
                        .with(fixture.logins.as("hse")))
                .andExpect(content().string(containsString("data-documents-not-valid")));
        mvc.perform(get("/contractors/standings").with(fixture.logins.as("contractor1")))
                .andExpect(content().string(not(containsString(contractor.id().toString()))));
        mvc.perform(get("/contractors/standings").with(fixture.logins.as("worker")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-standing="))));
        fixture.call("worker", get("/api/v1/contractors/standings"), null).andExpect(status().isForbidden());
    }
}
