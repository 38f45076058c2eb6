package dev.tandem.shared.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@TandemIntegrationTest
class PageLinksIntegrationTests {

    @Autowired
    MockMvc mvc;

    /** The service worker keeps webjars by their versioned address; a page's own links stay as written. */
    @Test
    void aPageLinksItsWebjarsWithTheirVersionAndItsPagesAsWritten() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        Matchers.matchesPattern(
                                                "(?s).*href=\"/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/dist/css/bootstrap\\.min\\.css\".*")))
                .andExpect(content().string(Matchers.containsString("src=\"/js/tandem.js\"")))
                .andExpect(content().string(Matchers.containsString("action=\"/login\"")));
    }
}
