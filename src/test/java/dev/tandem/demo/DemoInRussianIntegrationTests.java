package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.RussianDemoPlantTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo plant in Russian, the language it is written in unless told otherwise; its application serves
 * {@link DemoNotificationsIntegrationTests} and RussianLayoutWalkBrowserTests too.
 */
@RussianDemoPlantTest
class DemoInRussianIntegrationTests {

    @Autowired
    JdbcClient jdbc;

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
}
