package dev.tandem.training;

import static dev.tandem.training.TrainingFixture.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The training pages: the matrix within the viewer's scope, a person's own page, approving and editing periods. */
@TandemIntegrationTest
class TrainingPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    TrainingFixture training;
    Logins logins;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
        training = new TrainingFixture(mvc, jdbc, logins);
    }

    @Test
    void theMatrixPageShowsTheViewersPeopleAndSendsEveryoneElseToTheirOwnTraining() throws Exception {
        var other = name("contractor2");
        assertThat(page(
                        "hse",
                        "/training?size=100&organisationId="
                                + logins.viewer("contractor2").organisationId()))
                .contains(other);
        assertThat(page("contractor1", "/training?size=100&q=" + other.split(" ")[0]))
                .doesNotContain(other);
        mvc.perform(get("/training").with(logins.as("worker"))).andExpect(redirectedUrl("/training/me"));
        assertThat(page("contractor1.worker", "/training/me"))
                .contains("My training")
                .contains("data-cleared");
        mvc.perform(get("/training/people/" + training.person("contractor2")).with(logins.as("contractor1")))
                .andExpect(status().isNotFound());
        assertThat(page("contractor1", "/training/people/" + training.person("contractor1.worker")))
                .contains(name("contractor1.worker"));
    }

    @Test
    void aPersonsTrainingPageOpensTheFilesOfTheirRecordsToWhoeverReadsThemAndNobodyElse() throws Exception {
        var worker = training.person("contractor1.worker");
        var record = training.passed("hse", worker, training.competence(12), daysAgo(1));
        var pdf = ("%PDF-1.7\n" + record + "\n").getBytes(StandardCharsets.US_ASCII);
        var added = training.body(training.call(
                        "hse",
                        multipart("/api/v1/training-records/" + record + "/evidence")
                                .file(new MockMultipartFile("file", "protocol.pdf", "application/pdf", pdf)),
                        null)
                .andExpect(status().isCreated()));
        var link = "/training/records/" + record + "/evidence/" + JsonPath.read(added, "$.id");

        for (var reader : List.of("hse", "contractor1")) {
            assertThat(page(reader, "/training/people/" + worker)).contains("href=\"" + link + "\"");
        }
        assertThat(page("contractor1.worker", "/training/me")).contains("href=\"" + link + "\"");
        for (var reader : List.of("hse", "contractor1", "contractor1.worker")) {
            mvc.perform(get(link).with(logins.as(reader)))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType("application/pdf"))
                    .andExpect(content().bytes(pdf));
        }
        mvc.perform(get("/training/people/" + worker).with(logins.as("contractor2")))
                .andExpect(status().isNotFound());
        mvc.perform(get(link).with(logins.as("contractor2"))).andExpect(status().isNotFound());
    }

    @Test
    void theSafetyDepartmentApprovesAContractorsRecordFromTheList() throws Exception {
        var competence = training.competence(12);
        var record = training.passed("contractor1", training.person("contractor1.worker"), competence, daysAgo(1));
        assertThat(page("hse", "/training/records?status=PENDING_APPROVAL&q=" + training.marker))
                .contains("data-approve");
        mvc.perform(post("/training/records/" + record + "/approve")
                        .with(logins.as("contractor1"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/training/records/" + record + "/approve")
                        .with(logins.as("hse"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(training.read("hse", record, "$.status")).isEqualTo("APPROVED");
    }

    @Test
    void theSafetyDepartmentEditsAPeriodOnTheCataloguesPageAndOthersCannot() throws Exception {
        var competence = training.competence(12);
        assertThat(page("worker", "/training/competences")).contains(code(competence));
        var form = post("/training/competences/" + competence)
                .param("code", code(competence))
                .param("nameEn", "Course")
                .param("nameRu", "Курс")
                .param("validityMonths", "24")
                .param("evidence", "NONE")
                .with(csrf());
        mvc.perform(form.with(logins.as("manager"))).andExpect(status().isForbidden());
        mvc.perform(form.with(logins.as("hse"))).andExpect(redirectedUrl("/training/competences/" + competence));
        assertThat(jdbc.sql("select validity_months from competence where id = :id")
                        .param("id", UUID.fromString(competence))
                        .query(Integer.class)
                        .single())
                .isEqualTo(24);
        mvc.perform(post("/training/competences/" + competence)
                        .param("code", code(competence))
                        .param("nameEn", "Course")
                        .param("nameRu", "Курс")
                        .param("validityMonths", "0")
                        .param("evidence", "NONE")
                        .with(csrf())
                        .with(logins.as("hse")))
                .andExpect(status().isOk());
    }

    @Test
    void aContractorsSupervisorRecordsASignInSheetOfTheirOwnPeopleFromThePage() throws Exception {
        var competence = training.competence(12);
        var worker = training.person("contractor1.worker");
        assertThat(page("contractor1", "/training/sessions/new")).contains(name("contractor1.worker"));
        mvc.perform(get("/training/sessions/new").with(logins.as("worker"))).andExpect(status().isForbidden());
        var both = mvc.perform(sheet(competence, worker).param("failed", worker.toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(both).contains("data-refused").contains("This person is on the sheet twice.");
        assertThat(training.written()).isZero();
        mvc.perform(sheet(competence, worker)).andExpect(status().is3xxRedirection());
        assertThat(training.listed("contractor1")).hasSize(1);
        assertThat(jdbc.sql("select status from training_record where trainer = :marker")
                        .param("marker", training.marker)
                        .query(String.class)
                        .single())
                .isEqualTo("PENDING_APPROVAL");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder sheet(
            String competence, UUID person) {
        return post("/training/sessions")
                .param(
                        "organisationId",
                        logins.viewer("contractor1").organisationId().toString())
                .param("competenceId", competence)
                .param("heldOn", daysAgo(1).toString())
                .param("trainer", training.marker)
                .param("passed", person.toString())
                .with(logins.as("contractor1"))
                .with(csrf());
    }

    @Test
    void theSafetyDepartmentRequiresACompetenceOfAPositionOnItsPageAndVoidsIt() throws Exception {
        var competence = training.competence(12);
        var position = "Tundish operator " + UUID.randomUUID();
        java.util.function.Function<String, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder>
                require = username -> post("/training/requirements")
                .param("competenceId", competence)
                .param("position", position)
                .with(csrf())
                .with(logins.as(username));
        mvc.perform(require.apply("contractor1")).andExpect(status().isForbidden());
        mvc.perform(require.apply("hse")).andExpect(redirectedUrl("/training/requirements"));
        assertThat(page("worker", "/training/requirements")).contains(position).doesNotContain("data-require-form");
        var twice = mvc.perform(post("/training/requirements")
                        .param("competenceId", competence)
                        .param("position", position.toUpperCase())
                        .param("role", "LINE_MANAGER")
                        .with(csrf())
                        .with(logins.as("hse")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(twice).contains("data-refused");
        var id = jdbc.sql("select id from training_requirement where position = :position and voided_at is null")
                .param("position", position)
                .query(UUID.class)
                .single();
        mvc.perform(post("/training/requirements/" + id + "/void")
                        .param("reason", "Merged into the tundish course")
                        .with(csrf())
                        .with(logins.as("hse")))
                .andExpect(redirectedUrl("/training/requirements"));
        assertThat(page("hse", "/training/requirements")).doesNotContain(position);
    }

    private String code(String competence) {
        return jdbc.sql("select code from competence where id = :id")
                .param("id", UUID.fromString(competence))
                .query(String.class)
                .single();
    }

    private String name(String username) {
        return logins.viewer(username).displayName();
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(logins.as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
