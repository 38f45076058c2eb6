package dev.tandem.training;

import static dev.tandem.training.TrainingFixture.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Training records as the safety department keeps them: expiry from the competence's period as it was when recorded,
 * or as given; a session's sheet recorded at once; bad input refused with its field and nothing written.
 */
@TandemIntegrationTest
class TrainingIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    TrainingFixture training;
    UUID worker;

    @BeforeEach
    void setUp() {
        training = new TrainingFixture(mvc, jdbc, new Logins(context));
        worker = training.person("worker");
    }

    @Test
    void theSafetyDepartmentsRecordCountsAtOnceAndExpiresAfterTheCompetencesPeriod() throws Exception {
        var competence = training.competence(12);
        var record = training.passed("hse", worker, competence, daysAgo(10));

        assertThat(training.read("hse", record, "$.expiresOn"))
                .isEqualTo(daysAgo(10).plusMonths(12).toString());
        assertThat(training.read("hse", record, "$.status")).isEqualTo("APPROVED");
        assertThat(training.read("hse", record, "$.expiryGiven")).isEqualTo("false");
        var history = training.body(training.call("hse", get("/api/v1/training-records/" + record + "/history"), null)
                .andExpect(status().isOk()));
        assertThat(JsonPath.<List<String>>read(history, "$[*].kind")).containsExactly("CREATED");
        assertThat(JsonPath.<String>read(history, "$[0].changes.expiresOn.to"))
                .isEqualTo(daysAgo(10).plusMonths(12).toString());
    }

    @Test
    void anEditedPeriodAppliesToNewRecordsAndToEarlierOnesOnlyWhenRecomputedOnPurpose() throws Exception {
        var competence = training.competence(12);
        var before = training.passed("hse", worker, competence, daysAgo(100));
        var givenId = UUID.randomUUID();
        var given = daysAgo(100).plusMonths(6);
        training.call(
                        "hse",
                        post("/api/v1/training-records"),
                        training.details(givenId, worker, competence, daysAgo(100), "PASSED", given))
                .andExpect(status().isCreated());

        var edited = training.body(training.call("hse", get("/api/v1/competences/" + competence), null))
                .replace("\"validityMonths\":12", "\"validityMonths\":36");
        training.change("hse", put("/api/v1/competences/" + competence), "competence", competence, edited)
                .andExpect(status().isOk());
        var after = training.passed("hse", worker, competence, daysAgo(5));

        assertThat(training.read("hse", after, "$.expiresOn"))
                .isEqualTo(daysAgo(5).plusMonths(36).toString());
        assertThat(training.read("hse", before, "$.expiresOn"))
                .as("a record made before the edit keeps its expiry")
                .isEqualTo(daysAgo(100).plusMonths(12).toString());

        training.call("hse", post("/api/v1/competences/" + competence + "/recompute-expiry"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.records").value(1));
        assertThat(training.read("hse", before, "$.expiresOn"))
                .isEqualTo(daysAgo(100).plusMonths(36).toString());
        assertThat(training.read("hse", givenId.toString(), "$.expiresOn"))
                .as("an expiry the proof gives is kept")
                .isEqualTo(given.toString());
        var history = training.body(training.call("hse", get("/api/v1/training-records/" + before + "/history"), null));
        assertThat(JsonPath.<String>read(history, "$[1].changes.expiresOn.to"))
                .isEqualTo(daysAgo(100).plusMonths(36).toString());
        var competenceHistory =
                training.body(training.call("hse", get("/api/v1/competences/" + competence + "/history"), null));
        assertThat(JsonPath.<String>read(competenceHistory, "$[1].changes.validityMonths.to"))
                .isEqualTo("36");
    }

    @Test
    void aFailedCourseAndACompetenceWithoutAPeriodHaveNoExpiry() throws Exception {
        var periodic = training.competence(12);
        var failed = UUID.randomUUID();
        training.call(
                        "hse",
                        post("/api/v1/training-records"),
                        training.details(
                                failed,
                                worker,
                                periodic,
                                daysAgo(3),
                                "FAILED",
                                daysAgo(3).plusYears(1)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.expiresOn").doesNotExist());
        var lasting = training.passed("hse", worker, training.competence(null), daysAgo(3));
        assertThat(training.body(training.call("hse", get("/api/v1/training-records/" + lasting), null)))
                .contains("\"expiresOn\":null");
    }

    @Test
    void aSessionRecordsEveryAttendeeOfItsSheetAtOnceAndOnceOnly() throws Exception {
        var competence = training.competence(12);
        var id = UUID.randomUUID();
        var sheet = session(id, competence, daysAgo(2), training.person("manager"), worker, training.person("hse"));
        var first = training.call("hse", post("/api/v1/training-sessions"), sheet)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/training-sessions/" + id));
        assertThat(JsonPath.<List<String>>read(training.body(first), "$.records[*].result"))
                .containsExactlyInAnyOrder("PASSED", "PASSED", "FAILED");
        assertThat(training.written()).isEqualTo(4);

        training.call("hse", post("/api/v1/training-sessions"), sheet).andExpect(status().isOk());
        assertThat(training.written()).as("a sheet sent again writes nothing").isEqualTo(4);
        var records = training.body(
                training.call("hse", get("/api/v1/training-records").param("sessionId", id.toString()), null));
        assertThat(JsonPath.<Integer>read(records, "$.totalItems")).isEqualTo(3);
        assertThat(JsonPath.<List<String>>read(records, "$.items[*].status")).containsOnly("APPROVED");
    }

    @Test
    void aSheetWithOneWrongLineIsRefusedNamingTheLineAndWritesNothing() throws Exception {
        var competence = training.competence(12);
        training.call(
                        "hse",
                        post("/api/v1/training-sessions"),
                        session(UUID.randomUUID(), competence, daysAgo(2), worker, UUID.randomUUID()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("attendees[1].personId"));
        training.call(
                        "hse",
                        post("/api/v1/training-sessions"),
                        session(UUID.randomUUID(), competence, daysAgo(2), worker, worker))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("attendees[1].personId"));
        training.call(
                        "hse",
                        post("/api/v1/training-sessions"),
                        session(
                                UUID.randomUUID(),
                                competence,
                                LocalDate.now(ZoneOffset.UTC).plusDays(3),
                                worker))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("attendees[0].completedOn"));
        assertThat(training.written()).isZero();
    }

    @Test
    void anUnknownPersonOrCompetenceAFutureCourseOrAMissingProofIsRefusedWithItsFieldAndNothingIsWritten()
            throws Exception {
        var competence = training.competence(12);
        refused(training.details(UUID.randomUUID(), UUID.randomUUID(), competence, daysAgo(1), "PASSED", null))
                .andExpect(jsonPath("$.errors[0].field").value("personId"))
                .andExpect(jsonPath("$.detail").value("No such person."));
        refused(training.details(UUID.randomUUID(), worker, UUID.randomUUID().toString(), daysAgo(1), "PASSED", null))
                .andExpect(jsonPath("$.errors[0].field").value("competenceId"));
        refused(training.details(
                        UUID.randomUUID(),
                        worker,
                        competence,
                        LocalDate.now(ZoneOffset.UTC).plusDays(3),
                        "PASSED",
                        null))
                .andExpect(jsonPath("$.errors[0].field").value("completedOn"));
        refused(training.details(UUID.randomUUID(), worker, competence, daysAgo(10), "PASSED", daysAgo(20)))
                .andExpect(jsonPath("$.errors[0].field").value("expiresOn"));
        refused(training.details(UUID.randomUUID(), worker, training.seeded("FIRST_AID"), daysAgo(1), "PASSED", null)
                        .replace("\"evidenceReference\":\"P-17\"", "\"evidenceReference\":\" \""))
                .andExpect(jsonPath("$.errors[0].field").value("evidenceReference"));
        refused(training.details(UUID.randomUUID(), worker, competence, daysAgo(1), "PASSED", null)
                        .replace("\"completedOn\"", "\"completed\""))
                .andExpect(jsonPath("$.errors[0].field").value("completedOn"));
        assertThat(training.written()).isZero();
    }

    @Test
    void aVoidedCompetenceTakesNoNewRecordsAndAVoidedRecordKeepsItsReason() throws Exception {
        var competence = training.competence(12);
        var record = training.passed("hse", worker, competence, daysAgo(1));
        training.call("hse", post("/api/v1/training-records/" + record + "/void"), "{\"reason\":\"Entered twice\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.voided").value(true));
        training.call("hse", post("/api/v1/competences/" + competence + "/void"), "{\"reason\":\"Merged\"}")
                .andExpect(status().isOk());
        refused(training.details(UUID.randomUUID(), worker, competence, daysAgo(1), "PASSED", null))
                .andExpect(jsonPath("$.errors[0].field").value("competenceId"));
        var history = training.body(training.call("hse", get("/api/v1/training-records/" + record + "/history"), null));
        assertThat(JsonPath.<String>read(history, "$[1].changes.reason.to")).isEqualTo("Entered twice");
    }

    @Test
    void aRecordKeepsAPdfOrAPhotoAsItsProofAndRefusesOtherFiles() throws Exception {
        var record = training.passed("hse", worker, training.competence(12), daysAgo(1));
        var pdf = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
        var added = training.body(training.call(
                        "hse",
                        multipart("/api/v1/training-records/" + record + "/evidence")
                                .file(new MockMultipartFile("file", "protocol.pdf", "application/pdf", pdf)),
                        null)
                .andExpect(status().isCreated()));
        String fileId = JsonPath.read(added, "$.id");
        training.call("worker", get("/api/v1/training-records/" + record + "/evidence/" + fileId), null)
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes(pdf));
        training.call(
                        "hse",
                        multipart("/api/v1/training-records/" + record + "/evidence")
                                .file(new MockMultipartFile(
                                        "file",
                                        "x.pdf",
                                        "application/pdf",
                                        "not a pdf".getBytes(StandardCharsets.UTF_8))),
                        null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        assertThat(training.read("hse", record, "$.evidence")).contains(fileId);
        training.call("contractor1", get("/api/v1/training-records/" + record + "/evidence/" + fileId), null)
                .andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.ResultActions refused(String json) throws Exception {
        return training.call("hse", post("/api/v1/training-records"), json).andExpect(status().isBadRequest());
    }

    /** A sheet of the competence on the day; the last attendee failed, the others passed. */
    private String session(UUID id, String competence, LocalDate heldOn, UUID... attendees) {
        var lines = new StringBuilder();
        for (int i = 0; i < attendees.length; i++) {
            lines.append(i == 0 ? "" : ",")
                    .append("{\"personId\":\"%s\",\"result\":\"%s\"}"
                            .formatted(attendees[i], i == attendees.length - 1 && i > 0 ? "FAILED" : "PASSED"));
        }
        return """
                {"id":"%s","competenceId":"%s","heldOn":"%s","trainer":"%s","provider":"Plant training centre",
                 "evidenceReference":"Sheet 12","attendees":[%s]}"""
                .formatted(id, competence, heldOn, training.marker, lines);
    }
}
