package dev.tandem.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The report prints as a PDF with the facts, the methods, the root causes and the actions, in the reader's language. */
@TandemIntegrationTest
class InvestigationReportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void theReportPrintsWhatTheTeamFoundInTheReadersLanguage() throws Exception {
        var fixture = new InvestigationFixture(mvc, context);
        var id = fixture.openedByTheManager();
        var base = "/api/v1/investigations/" + id;
        fixture.step(
                        "manager",
                        post(base + "/facts"),
                        id,
                        "{\"happenedAt\": \"%s\", \"what\": \"The sling snapped at 14:05\"}"
                                .formatted(Instant.now().minus(1, ChronoUnit.HOURS)))
                .andExpect(status().isOk());
        fixture.step(
                        "manager",
                        post(base + "/whys"),
                        id,
                        "{\"problem\": \"The ladle tilted\", \"whys\": [\"The sling broke\"]}")
                .andExpect(status().isOk());
        fixture.step(
                        "manager",
                        post(base + "/root-causes"),
                        id,
                        "{\"cause\": \"Slings are never inspected\", \"rootClass\": \"ORGANISATIONAL_FACTORS\"}")
                .andExpect(status().isOk());
        fixture.call(
                        "hse",
                        post("/api/v1/actions"),
                        """
                        {"title":"Inspect every sling before a lift","sourceType":"INVESTIGATION","sourceId":"%s",
                         "ownerPersonId":"%s","dueDate":"%s"}"""
                                .formatted(
                                        id,
                                        fixture.logins.viewer("manager").personId(),
                                        LocalDate.now().plusDays(10)))
                .andExpect(status().isCreated());

        fixture.call(
                        "manager",
                        post(base + "/lesson"),
                        """
                        {"language": "en", "happened": "A ladle tilted in a lift", "why": "A worn sling snapped",
                         "learned": "A sling is checked before every lift", "did": "Slings are tagged after checks"}""")
                .andExpect(status().isCreated());

        var english = text(fixture, "/investigations/" + id + "/report.pdf", "en");
        assertThat(english)
                .contains(
                        "Why the ladle tilted",
                        "The sling snapped at 14:05",
                        "Root causes",
                        "Slings are never inspected",
                        "Organisational factors",
                        "Inspect every sling before a lift",
                        "Lesson learned",
                        "A sling is checked before every lift");
        var russian = text(fixture, base + "/report.pdf", "ru");
        assertThat(russian)
                .contains(
                        "Коренные причины",
                        "Организационные факторы",
                        "Slings are never inspected",
                        "Что мы поняли",
                        "A sling is checked before every lift");

        fixture.call("contractor2", get(base + "/report.pdf"), null).andExpect(status().isNotFound());
    }

    private String text(InvestigationFixture fixture, String path, String language) throws Exception {
        var request = get(path).header("Accept-Language", language);
        // the page's link is opened in the manager's session, the API's address with the manager's token
        var answer = path.startsWith("/api/")
                ? fixture.call("manager", request, null)
                : mvc.perform(request.with(fixture.logins.as("manager")));
        var pdf = answer.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
