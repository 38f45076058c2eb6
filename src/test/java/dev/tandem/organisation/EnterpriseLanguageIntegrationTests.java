package dev.tandem.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The language Tandem writes its own texts in is the plant's choice; the test plant chose English (the demo plant's
 * language, tandem.demo.language=en in the test profile).
 */
@TandemIntegrationTest
class EnterpriseLanguageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PlantStructure plant;

    @Test
    void anAdministratorChoosesTheLanguageFromThoseTandemSpeaks() throws Exception {
        var admin = new Logins(context).bearer("admin");
        var settings = settings(admin);
        assertThat(settings.getContentAsString()).contains("\"language\":\"en\"");

        mvc.perform(put("/api/v1/enterprise")
                        .header("Authorization", admin)
                        .header("If-Match", settings.getHeader("ETag"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(settings.getContentAsString().replace("\"language\":\"en\"", "\"language\":\"de\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("language"));
        assertThat(plant.enterprise().language()).isEqualTo("en");

        var russian = mvc.perform(put("/api/v1/enterprise")
                        .header("Authorization", admin)
                        .header("If-Match", settings.getHeader("ETag"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(settings.getContentAsString().replace("\"language\":\"en\"", "\"language\":\"ru\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("ru"))
                .andReturn()
                .getResponse();
        try {
            assertThat(plant.enterprise().locale().getLanguage()).isEqualTo("ru");
        } finally {
            mvc.perform(put("/api/v1/enterprise")
                            .header("Authorization", admin)
                            .header("If-Match", russian.getHeader("ETag"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(
                                    russian.getContentAsString().replace("\"language\":\"ru\"", "\"language\":\"en\"")))
                    .andExpect(status().isOk());
        }
    }

    private MockHttpServletResponse settings(String admin) throws Exception {
        return mvc.perform(get("/api/v1/enterprise").header("Authorization", admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
    }
}
