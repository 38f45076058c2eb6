package dev.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** A production start on an empty database: no demo, and one administrator so that someone can sign in. */
@SpringBootTest(
        properties = {
            "tandem.demo.enabled=false",
            "tandem.database.embedded.directory=target/test-postgres-empty",
            "tandem.identity.initial-admin-password=first-admin-password"
        })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FirstAdministratorTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEmptyDatabaseGetsOneAdministratorWhoCanSignIn() throws Exception {
        assertThat(jdbc.sql("select count(*) from user_account")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from organisation where kind = 'OWNER'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(formLogin("/login").user("admin").password("first-admin-password"))
                .andExpect(redirectedUrl("/"));
    }
}
