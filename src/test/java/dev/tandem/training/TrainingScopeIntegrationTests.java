package dev.tandem.training;

import static dev.tandem.training.TrainingFixture.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who records, approves and reads training: a contractor's supervisor records and sees their own people's records
 * only, which wait for the safety department's approval; everyone reads their own; the owner company's managers read
 * every record; the safety department alone keeps the catalogue and approves.
 */
@TandemIntegrationTest
class TrainingScopeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    TrainingFixture training;
    String competence;
    UUID ownWorker;
    UUID otherContractorsPerson;

    @BeforeEach
    void setUp() throws Exception {
        training = new TrainingFixture(mvc, jdbc, new Logins(context));
        competence = training.competence(12);
        ownWorker = training.person("contractor1.worker");
        otherContractorsPerson = training.person("contractor2");
    }

    @Test
    void aContractorsSupervisorRecordsTheirOwnPeopleAndTheRecordCountsOnlyOnceTheSafetyDepartmentApprovesIt()
            throws Exception {
        var record = training.passed("contractor1", ownWorker, competence, daysAgo(4));
        assertThat(training.read("contractor1", record, "$.status")).isEqualTo("PENDING_APPROVAL");

        for (var notApprover : new String[] {"contractor1", "manager", "director", "admin"}) {
            approve(notApprover, record).andExpect(status().isForbidden());
        }
        approve("contractor2", record).andExpect(status().isNotFound());
        assertThat(training.read("hse", record, "$.status")).isEqualTo("PENDING_APPROVAL");

        approve("hse", record)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        approve("hse", record)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        var history = training.body(training.call("hse", get("/api/v1/training-records/" + record + "/history"), null));
        assertThat(history).contains("\"to\":\"APPROVED\"");
    }

    @Test
    void aContractorsSupervisorCannotRecordAnotherOrganisationsPeopleAndLearnsNothingOfThem() throws Exception {
        for (var person : new UUID[] {otherContractorsPerson, training.person("worker")}) {
            training.call(
                            "contractor1",
                            post("/api/v1/training-records"),
                            training.details(UUID.randomUUID(), person, competence, daysAgo(1), "PASSED", null))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("personId"))
                    .andExpect(jsonPath("$.detail").value("No such person."));
        }
        var sheet =
                """
                {"competenceId":"%s","heldOn":"%s","trainer":"%s","attendees":[
                 {"personId":"%s","result":"PASSED"},{"personId":"%s","result":"PASSED"}]}"""
                        .formatted(competence, daysAgo(1), training.marker, ownWorker, otherContractorsPerson);
        training.call("contractor1", post("/api/v1/training-sessions"), sheet)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("attendees[1].personId"));
        assertThat(training.written()).isZero();
    }

    @Test
    void aContractorSeesItsOwnPeoplesRecordsOnlyAndEveryoneSeesTheirOwn() throws Exception {
        var own = training.passed("hse", ownWorker, competence, daysAgo(2));
        var other = training.passed("hse", otherContractorsPerson, competence, daysAgo(2));
        var staff = training.passed("hse", training.person("worker"), competence, daysAgo(2));

        assertThat(training.listed("contractor1")).containsExactly(own);
        assertThat(training.listed("contractor1.worker")).containsExactly(own);
        assertThat(training.listed("contractor2")).containsExactly(other);
        assertThat(training.listed("worker")).containsExactly(staff);
        for (var manager : new String[] {"hse", "manager", "director"}) {
            assertThat(training.listed(manager)).containsExactlyInAnyOrder(own, other, staff);
        }
        for (var path : new String[] {"", "/history"}) {
            training.call("contractor1", get("/api/v1/training-records/" + other + path), null)
                    .andExpect(status().isNotFound());
            training.call("contractor1.worker", get("/api/v1/training-records/" + staff + path), null)
                    .andExpect(status().isNotFound());
            training.call("worker", get("/api/v1/training-records/" + own + path), null)
                    .andExpect(status().isNotFound());
        }
        training.call(
                        "contractor1",
                        get("/api/v1/training-records").param("personId", otherContractorsPerson.toString()),
                        null)
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void aContractorChangesItsOwnRecordsOnlyUntilTheyAreApproved() throws Exception {
        var record = training.passed("contractor1", ownWorker, competence, daysAgo(6));
        var revised = training.details(UUID.fromString(record), ownWorker, competence, daysAgo(5), "PASSED", null);
        training.change("contractor2", put("/api/v1/training-records/" + record), "training_record", record, revised)
                .andExpect(status().isNotFound());
        training.change(
                        "contractor1.worker",
                        put("/api/v1/training-records/" + record),
                        "training_record",
                        record,
                        revised)
                .andExpect(status().isForbidden());
        training.change("contractor1", put("/api/v1/training-records/" + record), "training_record", record, revised)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.completedOn").value(daysAgo(5).toString()));

        approve("hse", record).andExpect(status().isOk());
        long version = training.version(record);
        training.change("contractor1", put("/api/v1/training-records/" + record), "training_record", record, revised)
                .andExpect(status().isForbidden());
        training.call("contractor1", post("/api/v1/training-records/" + record + "/void"), "{\"reason\":\"x\"}")
                .andExpect(status().isForbidden());
        assertThat(training.version(record)).isEqualTo(version);
    }

    @Test
    void anotherContractorReusingARecordsIdLearnsNothingAndChangesNothing() throws Exception {
        var record = training.passed("contractor1", ownWorker, competence, daysAgo(3));
        long version = training.version(record);
        training.call(
                        "contractor2",
                        post("/api/v1/training-records"),
                        training.details(
                                UUID.fromString(record),
                                otherContractorsPerson,
                                competence,
                                daysAgo(3),
                                "PASSED",
                                null))
                .andExpect(status().isNotFound());
        assertThat(training.version(record)).isEqualTo(version);
        assertThat(training.read("hse", record, "$.personId")).isEqualTo(ownWorker.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"worker", "contractor1.worker", "manager", "director", "admin"})
    void whoNeitherKeepsTrainingNorSupervisesAContractorRecordsNothing(String username) throws Exception {
        training.call(
                        username,
                        post("/api/v1/training-records"),
                        training.details(
                                UUID.randomUUID(), training.person(username), competence, daysAgo(1), "PASSED", null))
                .andExpect(status().isForbidden());
        assertThat(training.written()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"worker", "contractor1", "manager", "director", "admin"})
    void onlyTheSafetyDepartmentKeepsTheCatalogue(String username) throws Exception {
        training.call(username, get("/api/v1/competences"), null).andExpect(status().isOk());
        training.call(
                        username,
                        post("/api/v1/competences"),
                        "{\"code\":\"X1\",\"nameEn\":\"X\",\"nameRu\":\"Х\",\"evidence\":\"NONE\"}")
                .andExpect(status().isForbidden());
        training.call(username, post("/api/v1/competences/" + competence + "/recompute-expiry"), null)
                .andExpect(status().isForbidden());
        training.call(username, post("/api/v1/competences/" + competence + "/void"), "{\"reason\":\"x\"}")
                .andExpect(status().isForbidden());
        var version = training.version("competence", competence);
        training.change(
                        username,
                        put("/api/v1/competences/" + competence),
                        "competence",
                        competence,
                        "{\"code\":\"X1\",\"nameEn\":\"X\",\"nameRu\":\"Х\",\"evidence\":\"NONE\"}")
                .andExpect(status().isForbidden());
        assertThat(training.version("competence", competence))
                .as("competence unchanged")
                .isEqualTo(version);

        var requirement = jdbc.sql("select id::text from training_requirement where voided_at is null limit 1")
                .query(String.class)
                .single();
        var requirements = jdbc.sql("select count(*) from training_requirement")
                .query(Long.class)
                .single();
        var requirementVersion = training.version("training_requirement", requirement);
        training.call(
                        username,
                        post("/api/v1/training-requirements"),
                        "{\"competenceId\":\"" + competence + "\",\"role\":\"WORKER\"}")
                .andExpect(status().isForbidden());
        training.call(username, post("/api/v1/training-requirements/" + requirement + "/void"), "{\"reason\":\"x\"}")
                .andExpect(status().isForbidden());
        assertThat(training.version("training_requirement", requirement))
                .as("requirement unchanged")
                .isEqualTo(requirementVersion);
        assertThat(jdbc.sql("select count(*) from training_requirement")
                        .query(Long.class)
                        .single())
                .as("no requirement added")
                .isEqualTo(requirements);
    }

    private org.springframework.test.web.servlet.ResultActions approve(String username, String record)
            throws Exception {
        return training.change(
                username, post("/api/v1/training-records/" + record + "/approve"), "training_record", record, null);
    }
}
