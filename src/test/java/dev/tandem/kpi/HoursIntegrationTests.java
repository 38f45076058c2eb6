package dev.tandem.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@TandemIntegrationTest
class HoursIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    Logins logins;
    String hse;
    SafetyRecords records;
    YearMonth month;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
        hse = logins.bearer("hse");
        records = new SafetyRecords(mvc, jdbc, hse, logins.bearer("admin"));
        month = YearMonth.now(records.enterpriseZone()).minusMonths(1);
    }

    @Test
    void recordingAMonthAgainChangesItAndNeverOverwritesAChangeMadeMeanwhile() throws Exception {
        var site = records.site();
        var contractor = records.contractor(SafetyRecords.unique("Insulation "));
        var created = mvc.perform(post("/api/v1/hours")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(contractor, site, month, "1200.5", "8")))
                .andExpect(status().isCreated())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.month").value(month.toString()))
                .andExpect(jsonPath("$.hours").value(1200.5))
                .andReturn()
                .getResponse();
        String id = JsonPath.read(created.getContentAsString(), "$.id");
        assertThat(created.getHeader("Location")).endsWith("/api/v1/hours/" + id);
        var seen = created.getHeader("ETag");

        mvc.perform(post("/api/v1/hours")
                        .header("Authorization", hse)
                        .header("If-Match", seen)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(contractor, site, month, "1300", "9")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.hours").value(1300.0));
        mvc.perform(post("/api/v1/hours")
                        .header("Authorization", hse)
                        .header("If-Match", seen)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(contractor, site, month, "1400", "9")))
                .andExpect(status().isPreconditionFailed());
        var current = mvc.perform(get("/api/v1/hours/{id}", id).header("Authorization", hse))
                .andExpect(jsonPath("$.hours").value(1300.0))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(put("/api/v1/hours/{id}", id)
                        .header("Authorization", hse)
                        .header("If-Match", current)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(contractor, site, month, "1350", "9")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hours").value(1350.0));
        mvc.perform(get("/api/v1/hours/{id}/history", id).header("Authorization", hse))
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[1].changes.hours.from").value("1200.5"))
                .andExpect(jsonPath("$[1].changes.hours.to").value("1300.0"));
        mvc.perform(get("/api/v1/hours")
                        .header("Authorization", hse)
                        .param("organisationId", contractor.toString())
                        .param("year", String.valueOf(month.getYear())))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].siteCode").value(records.siteCode(site)));
    }

    @Test
    void wrongHoursAreRefusedWithTheFieldToCorrect() throws Exception {
        var site = records.site();
        var contractor = records.contractor(SafetyRecords.unique("Demolition "));
        expectRefused(body(contractor, site, month, "-5", "1"), "hours");
        expectRefused(body(contractor, site, month, "10.25", "1"), "hours");
        expectRefused(body(contractor, site, month.plusMonths(2), "10", "1"), "month");
        expectRefused(body(contractor, UUID.randomUUID(), month, "10", "1"), "siteId");
        expectRefused(body(UUID.randomUUID(), site, month, "10", "1"), "organisationId");
        mvc.perform(post("/api/v1/organisations/{id}/void", contractor)
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"never worked here\"}"))
                .andExpect(status().isOk());
        expectRefused(body(contractor, site, month, "10", "1"), "organisationId");
        mvc.perform(post("/api/v1/hours")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(contractor, site, month, "10", "1").replace(month.toString(), "2025-3")))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from hours_worked where site_id = :site")
                        .param("site", site)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aContractorsSupervisorRecordsAndReadsOnlyTheirOwnOrganisationsHours() throws Exception {
        var site = records.site();
        var own = logins.viewer("contractor1").organisationId();
        var other = logins.viewer("contractor2").organisationId();
        var token = logins.bearer("contractor1");
        mvc.perform(post("/api/v1/hours")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(own, site, month, "800", "5")))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/hours")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(other, site, month, "800", "5")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisationId"));
        records.hours(other, site, month, "900", "6");
        var othersRow = jdbc.sql("select id from hours_worked where organisation_id = :org and site_id = :site")
                .param("org", other)
                .param("site", site)
                .query(UUID.class)
                .single();

        mvc.perform(get("/api/v1/hours").header("Authorization", token).param("siteId", site.toString()))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].organisationId").value(own.toString()));
        mvc.perform(get("/api/v1/hours/{id}", othersRow).header("Authorization", token))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/hours/{id}", othersRow)
                        .header("If-Match", "*")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(other, site, month, "1", "1")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/hours/{id}", othersRow).header("Authorization", logins.bearer("contractor2")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/hours")
                        .header("Authorization", logins.bearer("manager"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(own, site, month, "1", "1")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/hours/{id}", othersRow).header("Authorization", logins.bearer("worker")))
                .andExpect(status().isOk());
    }

    @Test
    void thePageRecordsHoursFromAPhoneForm() throws Exception {
        var site = records.site();
        var own = logins.viewer("contractor1").organisationId();
        mvc.perform(post("/hours")
                        .with(logins.as("contractor1"))
                        .with(csrf())
                        .param("organisationId", own.toString())
                        .param("siteId", site.toString())
                        .param("month", month.toString())
                        .param("hours", "-1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "hours"))
                .andExpect(content().string(containsString("Must not be negative.")));
        mvc.perform(post("/hours")
                        .with(logins.as("contractor1"))
                        .with(csrf())
                        .param("organisationId", own.toString())
                        .param("siteId", site.toString())
                        .param("month", month.toString())
                        .param("hours", "640")
                        .param("averageHeadcount", "4"))
                .andExpect(redirectedUrl("/hours?saved"));
        var id = jdbc.sql("select id from hours_worked where organisation_id = :org and site_id = :site")
                .param("org", own)
                .param("site", site)
                .query(UUID.class)
                .single();
        mvc.perform(get("/hours/{id}", id).with(logins.as("contractor2"))).andExpect(status().isNotFound());
        mvc.perform(post("/hours")
                        .with(logins.as("worker"))
                        .with(csrf())
                        .param("organisationId", own.toString())
                        .param("siteId", site.toString())
                        .param("month", month.toString())
                        .param("hours", "1"))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "contractor1", "worker"})
    void theHoursPagesRenderInBothLanguages(String username) throws Exception {
        var anyRow = jdbc.sql("select id from hours_worked where organisation_id = :org limit 1")
                .param("org", logins.viewer("contractor1").organisationId())
                .query(UUID.class)
                .optional();
        for (var path :
                anyRow.isPresent() ? new String[] {"/hours", "/hours/" + anyRow.get()} : new String[] {"/hours"}) {
            mvc.perform(get(path).with(logins.as(username)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Hours worked")));
            mvc.perform(get(path).param("lang", "ru").with(logins.as(username)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Отработанные часы")));
        }
        var navigation = mvc.perform(get("/").with(logins.as(username)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(navigation.contains("href=\"/hours\"")).isEqualTo(!username.equals("worker"));
    }

    private void expectRefused(String json, String field) throws Exception {
        mvc.perform(post("/api/v1/hours")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    static String body(UUID organisation, UUID site, YearMonth month, String hours, String headcount) {
        return "{\"organisationId\":\"%s\",\"siteId\":\"%s\",\"month\":\"%s\",\"hours\":%s,\"averageHeadcount\":%s}"
                .formatted(organisation, site, month, hours, headcount);
    }
}
