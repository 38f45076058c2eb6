package dev.tandem.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import dev.tandem.risk.matrix.RiskMatrices;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The register's pages in both languages: the list with its heat maps and sentences, a risk, the form, the matrix. */
@TandemIntegrationTest
class RiskPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RiskMatrices matrices;

    RiskFixture risks;

    @BeforeEach
    void setUp() {
        risks = new RiskFixture(mvc, jdbc, new Logins(context));
    }

    @Test
    void theRegisterShowsTheSentencesAndBothHeatMapsAndACellFiltersTheList() throws Exception {
        var marker = "page-" + UUID.randomUUID();
        var area = risks.areaWorkedInBy("contractor1");
        var inCell = risks.assessed(area, marker + " in the cell", 4, 4);
        risks.assessed(area, marker + " elsewhere", 1, 2);

        var page = page(get("/risks").param("q", marker), "hse", Locale.ENGLISH);
        assertThat(page)
                .contains("risks identified,", "Before measures", "After verified measures", "data-cell=\"4-4\"")
                .contains(marker + " in the cell", marker + " elsewhere");

        var cell = page(
                get("/risks")
                        .param("q", marker)
                        .param("stage", "INHERENT")
                        .param("likelihood", "4")
                        .param("severity", "4"),
                "hse",
                Locale.ENGLISH);
        assertThat(cell).contains(marker + " in the cell").doesNotContain(marker + " elsewhere");
        assertThat(page(get("/risks/" + inCell), "hse", Locale.forLanguageTag("ru")))
                .contains("Оценки", "версия", "Оценить риск как есть");
        assertThat(page(get("/risks"), "worker", Locale.forLanguageTag("ru"))).contains("Выявлено рисков");
    }

    @Test
    void theSafetyDepartmentEntersARiskFromTheFormAndAWrongFieldComesBackBesideIt() throws Exception {
        assertThat(page(get("/risks/new"), "hse", Locale.ENGLISH)).contains("Hazard category");
        var form = post("/risks")
                .with(csrf())
                .with(risks.logins().as("hse"))
                .param("id", UUID.randomUUID().toString())
                .param("areaId", risks.areaWorkedInBy("contractor1"))
                .param("activity", "Relining the converter")
                .param("hazardCategoryId", risks.category("CONFINED_SPACE"))
                .param("hazard", "Entry into the converter shell")
                .param("unwantedEvent", "Oxygen deficiency")
                .param("consequence", "Asphyxiation")
                .param(
                        "ownerPersonId",
                        risks.logins().viewer("manager").personId().toString())
                .param("reviewDate", "2027-06-01")
                .param("fatal", "true");
        mvc.perform(form).andExpect(redirectedUrlPattern("/risks/*"));

        var wrong = post("/risks")
                .with(csrf())
                .with(risks.logins().as("hse"))
                .param("id", UUID.randomUUID().toString())
                .param("areaId", risks.areaWorkedInBy("contractor1"))
                .param("activity", "x")
                .param("hazardCategoryId", UUID.randomUUID().toString())
                .param("hazard", "x")
                .param("unwantedEvent", "x")
                .param("consequence", "x")
                .param(
                        "ownerPersonId",
                        risks.logins().viewer("manager").personId().toString())
                .param("reviewDate", "2027-06-01");
        var answer = mvc.perform(wrong)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(answer).contains("There is no such hazard category in use.");
    }

    @Test
    void theSafetyDepartmentPublishesAnEditedCopyOfTheMatrixAndOthersOnlySeeIt() throws Exception {
        var current = matrices.current();
        var form = post("/risks/matrix").with(csrf()).with(risks.logins().as("hse"));
        for (var label : current.likelihoods()) {
            form.param("likelihoodEn", label.en()).param("likelihoodRu", label.ru());
        }
        for (var label : current.severities()) {
            form.param("severityEn", label.en()).param("severityRu", label.ru());
        }
        for (int l : current.likelihoodsDescending()) {
            for (int s : current.severityLevelsAscending()) {
                form.param(
                        "cells", l == 1 && s == 5 ? "HIGH" : current.band(l, s).name());
            }
        }
        mvc.perform(form).andExpect(redirectedUrlPattern("/risks/matrix?published"));
        var published = matrices.current();
        assertThat(published.number()).isEqualTo(current.number() + 1);
        assertThat(published.band(1, 5)).isEqualTo(dev.tandem.risk.Band.HIGH);
        assertThat(published.band(5, 5)).isEqualTo(current.band(5, 5));

        assertThat(page(get("/risks/matrix"), "worker", Locale.ENGLISH)).doesNotContain("data-publish");
        mvc.perform(post("/risks/matrix").with(csrf()).with(risks.logins().as("manager")))
                .andExpect(status().isForbidden());
        risks.call("worker", get("/api/v1/risk-matrix"), null)
                .andExpect(jsonPath("$.number").value(published.number()));
    }

    private String page(MockHttpServletRequestBuilder request, String username, Locale locale) throws Exception {
        return mvc.perform(request.with(risks.logins().as(username)).locale(locale))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
