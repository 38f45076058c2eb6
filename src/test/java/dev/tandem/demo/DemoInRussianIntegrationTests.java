package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.RussianDemoPlantTest;
import dev.tandem.identity.Logins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo plant in Russian, the language it is written in unless told otherwise; its application serves
 * {@link DemoNotificationsIntegrationTests} and RussianLayoutWalkBrowserTests too.
 */
@RussianDemoPlantTest
class DemoInRussianIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void everyTextAPersonReadsIsInCyrillic() {
        var written = DemoWrittenTexts.read(jdbc);
        assertThat(written).allSatisfy((what, texts) -> assertThat(texts)
                .as(what)
                .isNotEmpty()
                .allSatisfy(text -> assertThat(text).as(what).containsPattern("\\p{IsCyrillic}")));
    }

    @Test
    void peopleHaveTheirSurnameGivenNameAndPatronymic() {
        assertThat(DemoWrittenTexts.read(jdbc).get("person name"))
                .hasSizeGreaterThanOrEqualTo(300)
                .allSatisfy(name -> assertThat(name).matches("[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+"));
    }

    @Test
    void theEnterpriseSpeaksRussianAndItsContractorsAreRussianCompanies() {
        assertThat(jdbc.sql("select language from enterprise")
                        .query(String.class)
                        .single())
                .isEqualTo("ru");
        assertThat(jdbc.sql("select name from organisation where kind = 'CONTRACTOR'")
                        .query(String.class)
                        .list())
                .hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(name -> assertThat(name).matches("(ООО|АО) «[^»]+».*"));
    }

    @Test
    void demoLoginsStayLatin() {
        assertThat(jdbc.sql("select username from user_account")
                        .query(String.class)
                        .list())
                .contains("admin", "director", "hse", "manager", "worker", "contractor1", "contractor1.worker")
                .allSatisfy(username -> assertThat(username).matches("[a-z0-9.]+"));
    }

    /** The Russian plant's contractors worked when the English plant's did: no record of theirs outside that time. */
    @Test
    void noContractorHasARecordDatedWhileItWasNotWorkingAtThePlant() {
        DemoContractorRecords.assertDatedWhileWorking(jdbc);
    }

    @Test
    void mostNewContractorsWereIntegratedWithin30Days() throws Exception {
        var hse = new Logins(context).as("hse");
        DemoContractorRecords.assertMostIntegratedWithin30Days(() -> mvc.perform(
                        get("/api/v1/contractors/onboarding/integration").with(hse))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /** The same register as the English plant's, in Russian: the same counts, and the top five's page reads Russian. */
    @Test
    void theRussianPlantHasTheSameSixHundredRisksAndEachSiteItsTopFive() throws Exception {
        var risks = java.util.stream.IntStream.range(0, 1000)
                .mapToObj(n -> DemoRun.id("risk", n))
                .toList();
        assertThat(jdbc.sql("select count(*) from risk_entry where id in (:ids)")
                        .param("ids", risks)
                        .query(Long.class)
                        .single())
                .isEqualTo(600);
        assertThat(jdbc.sql("select count(*) from risk_top_five_entry where risk_id in (:ids)")
                        .param("ids", risks)
                        .query(Long.class)
                        .single())
                .isEqualTo(15);
        var page = mvc.perform(get("/risks/top")
                        .with(new Logins(context).as("director"))
                        .locale(java.util.Locale.forLanguageTag("ru")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Топ-5 рисков площадок", "Проверено этапов: 3 из 4", "просрочено: 2");
    }
}
