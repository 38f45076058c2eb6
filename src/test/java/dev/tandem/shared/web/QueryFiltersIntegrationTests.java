package dev.tandem.shared.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A list's filter read from the query string, as every list of the API and the register's heat map read it. */
@TandemIntegrationTest
class QueryFiltersIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    String director;

    @BeforeEach
    void signIn() {
        director = new Logins(context).bearer("director");
    }

    @Test
    void everyParameterThatDoesNotReadAsItsTypeIsNamedInTheReadersLanguage() throws Exception {
        mvc.perform(get("/api/v1/risks")
                        .header("Authorization", director)
                        .param("siteId", "not-a-site")
                        .param("band", "PURPLE")
                        .param("fatal", "maybe"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[?(@.field == 'siteId')].message")
                        .value("siteId: this value does not fit the field."))
                .andExpect(jsonPath("$.errors[?(@.field == 'band')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'fatal')]").exists());
        mvc.perform(get("/api/v1/risks/heat-map")
                        .header("Authorization", director)
                        .header("Accept-Language", "ru")
                        .param("likelihood", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("likelihood"))
                .andExpect(jsonPath("$.errors[0].message").value("likelihood: значение не подходит для этого поля."));
        mvc.perform(get("/api/v1/events").header("Authorization", director).param("from", "-999999999-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void aFilterSelectsByEveryParameterGivenAndAnEmptyOneSelectsNothingOut() throws Exception {
        var site = jdbc.sql("select id from site where code = 'UMW'")
                .query(java.util.UUID.class)
                .single();
        mvc.perform(get("/api/v1/risks")
                        .header("Authorization", director)
                        .param("siteId", site.toString())
                        .param("fatal", "true")
                        .param("band", "")
                        .param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.items[?(@.fatal == false)]").isEmpty())
                .andExpect(jsonPath("$.items[?(@.siteId != '" + site + "')]").isEmpty());
        mvc.perform(get("/api/v1/stops/export")
                        .header("Authorization", director)
                        .param("format", "csv")
                        .param("open", "true"))
                .andExpect(status().isOk());
    }
}
