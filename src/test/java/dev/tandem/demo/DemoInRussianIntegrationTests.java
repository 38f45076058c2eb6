package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo plant in Russian, the language it is written in unless told otherwise, in its own application with its own embedded database
 * (the other integration tests share the English plant the test profile asks for); it serves
 * {@link DemoNotificationsIntegrationTests} too.
 */
@SpringBootTest(
        properties = {
            // its own embedded server even where the other tests run against an external one (as in CI)
            "spring.datasource.url=",
            "tandem.database.embedded.directory=target/test-postgres-russian",
            "tandem.demo.language=ru"
        })
@AutoConfigureMockMvc
@ActiveProfiles("test")
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
