package dev.tandem.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.event.ContributingSignal;
import dev.tandem.event.EarlyWarningDetected;
import dev.tandem.event.EarlyWarnings;
import dev.tandem.event.EventReview;
import dev.tandem.identity.Logins;
import dev.tandem.shared.Precondition;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@TandemIntegrationTest
class DashboardIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EarlyWarnings warnings;

    @Autowired
    EventReview review;

    Logins logins;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
    }

    @Test
    void figuresAreWrittenOneWayPerLanguage() throws Exception {
        var english = mvc.perform(get("/dashboard/figures")
                        .header("Accept-Language", "en")
                        .with(logins.as("director")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(english).contains("per 1,000,000 hours worked").doesNotContainPattern("\\d,\\d{1,2}\\D");
        var russian = mvc.perform(get("/dashboard/figures")
                        .header("Accept-Language", "ru")
                        .with(logins.as("director")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var figures = russian.substring(russian.indexOf("figures-table"));
        assertThat(russian).containsPattern("1[\u00a0\u202f]000[\u00a0\u202f]000");
        assertThat(figures.substring(0, figures.indexOf("</table>"))).doesNotContainPattern("\\d\\.\\d");
    }

    @Test
    void theDashboardShowsTheEnterprisesFiguresInBothLanguagesAndListensForChanges() throws Exception {
        mvc.perform(get("/dashboard").with(logins.as("director")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lost-time injury frequency rate (LTIFR)")))
                .andExpect(content().string(containsString("data-trend")))
                .andExpect(content().string(containsString("/js/dashboard.js")));
        mvc.perform(get("/dashboard").param("lang", "ru").with(logins.as("director")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Панель безопасности")));
        mvc.perform(get("/dashboard/figures").with(logins.as("hse")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("TRIFR")));
    }

    @Test
    void aContractorSeesTheirOwnDashboardAndTheSiteTotalsButNotAnotherContractors() throws Exception {
        var own = logins.viewer("contractor1").organisationId();
        var other = logins.viewer("contractor2").organisationId();
        mvc.perform(get("/dashboard").param("organisation", own.toString()).with(logins.as("contractor1")))
                .andExpect(status().isOk());
        mvc.perform(get("/dashboard").with(logins.as("contractor1"))).andExpect(status().isOk());
        mvc.perform(get("/dashboard").param("organisation", other.toString()).with(logins.as("contractor1")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dashboard/figures")
                        .param("organisation", other.toString())
                        .with(logins.as("contractor1")))
                .andExpect(status().isNotFound());
    }

    @Test
    void openEarlyWarningsShowOnTheOwnersDashboardNotOnAContractors() throws Exception {
        var pump = jdbc.sql("select id, site_id, area_id from equipment where code = 'P-101'")
                .query(Machine.class)
                .single();
        var warning = warnings.raise(new EarlyWarningDetected(
                UUID.randomUUID(),
                pump.id(),
                pump.siteId(),
                pump.areaId(),
                Instant.now().minusSeconds(30),
                "Discharge pressure falling while vibration rises",
                List.of(new ContributingSignal("P-101.pressure", "pressure", "bar", 3.1, 0.7, 4.5, 6.5))));

        mvc.perform(get("/dashboard/figures").with(logins.as("director")))
                .andExpect(content().string(containsString("data-warnings")))
                .andExpect(content().string(containsString("/events/" + warning.id())))
                .andExpect(content().string(containsString("P-101")));
        mvc.perform(get("/dashboard/figures").with(logins.as("contractor1")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-warnings"))));
        review.dismissAsFalseAlarm(
                warning.id(),
                Precondition.none(),
                "checked on site: the gauge was being replaced",
                logins.viewer("hse"));
        mvc.perform(get("/dashboard/figures").with(logins.as("director")))
                .andExpect(content().string(not(containsString("/events/" + warning.id()))));
    }

    record Machine(UUID id, UUID siteId, UUID areaId) {}

    @Test
    void aMalformedMonthIsAClearError() throws Exception {
        mvc.perform(get("/dashboard").param("month", "2026-13").with(logins.as("director")))
                .andExpect(status().isBadRequest());
    }
}
