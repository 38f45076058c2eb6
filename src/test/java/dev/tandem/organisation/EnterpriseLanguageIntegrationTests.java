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

/** The language Tandem writes its own texts in is the plant's choice, Russian unless chosen otherwise. */
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
        assertThat(settings.getContentAsString()).contains("\"language\":\"ru\"");

        mvc.perform(put("/api/v1/enterprise")
                        .header("Authorization", admin)
                        .header("If-Match", settings.getHeader("ETag"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(settings.getContentAsString().replace("\"language\":\"ru\"", "\"language\":\"de\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("language"));
        assertThat(plant.enterprise().language()).isEqualTo("ru");

        var english = mvc.perform(put("/api/v1/enterprise")
                        .header("Authorization", admin)
                        .header("If-Match", settings.getHeader("ETag"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(settings.getContentAsString().replace("\"language\":\"ru\"", "\"language\":\"en\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("en"))
                .andReturn()
                .getResponse();
        try {
            assertThat(plant.enterprise().locale().getLanguage()).isEqualTo("en");
        } finally {
            mvc.perform(put("/api/v1/enterprise")
                            .header("Authorization", admin)
                            .header("If-Match", english.getHeader("ETag"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(
                                    english.getContentAsString().replace("\"language\":\"en\"", "\"language\":\"ru\"")))
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
