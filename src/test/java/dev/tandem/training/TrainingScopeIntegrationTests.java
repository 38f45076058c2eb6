package dev.tandem.training;

import static dev.tandem.training.TrainingFixture.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import java.util.List;
import java.util.Set;
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
 * every record; the safety department alone keeps the catalogue, approves or returns a record with what to change,
 * and reads the queue of records waiting, by contractor.
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

    @Test
    void aReturnedRecordSaysWhatToChangeCountsForNothingAndWaitsAgainOnceItsSupervisorCorrectsIt() throws Exception {
        var record = training.passed("contractor1", ownWorker, competence, daysAgo(4));
        long version = training.version(record);

        for (var notApprover : new String[] {"contractor1", "contractor1.worker", "manager", "director", "admin"}) {
            returnRecord(notApprover, record, "Wrong date").andExpect(status().isForbidden());
        }
        returnRecord("contractor2", record, "Wrong date").andExpect(status().isNotFound());
        returnRecord("hse", record, " ")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("comment"));
        assertThat(training.version(record)).isEqualTo(version);

        returnRecord("hse", record, "The protocol is dated a day later")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.returnedComment").value("The protocol is dated a day later"));
        training.change("hse", post("/api/v1/training-records/" + record + "/approve"), "training_record", record, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        assertThat(counted()).isFalse();

        var corrected = training.details(UUID.fromString(record), ownWorker, competence, daysAgo(3), "PASSED", null);
        training.change("contractor2", put("/api/v1/training-records/" + record), "training_record", record, corrected)
                .andExpect(status().isNotFound());
        training.change("contractor1", put("/api/v1/training-records/" + record), "training_record", record, corrected)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING_APPROVAL"));
        training.change("hse", post("/api/v1/training-records/" + record + "/approve"), "training_record", record, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.returnedComment").doesNotExist());
        assertThat(counted()).isTrue();
        var history = training.body(training.call("hse", get("/api/v1/training-records/" + record + "/history"), null));
        assertThat(history).contains("\"to\":\"RETURNED\"").contains("The protocol is dated a day later");
    }

    @Test
    void theSafetyDepartmentSeesHowManyRecordsWaitByContractorAndNobodyElseReadsTheQueue() throws Exception {
        long before = waiting(contractor1());
        var first = training.passed("contractor1", ownWorker, competence, daysAgo(2));
        training.passed("contractor1", ownWorker, competence, daysAgo(1));
        assertThat(waiting(contractor1())).isEqualTo(before + 2);

        returnRecord("hse", first, "Name the provider").andExpect(status().isOk());
        assertThat(waiting(contractor1())).isEqualTo(before + 1);

        for (var user : new String[] {"contractor1", "contractor2", "manager", "director", "admin", "worker"}) {
            training.call(user, get("/api/v1/training-records/queue"), null).andExpect(status().isForbidden());
        }
        mvc.perform(get("/training/records")
                        .param("status", "PENDING_APPROVAL")
                        .with(training.logins().as("hse")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-queue=\"" + contractor1() + "\"")));
        long version = training.version(first);
        for (var user : new String[] {"contractor1", "manager", "admin", "contractor2"}) {
            mvc.perform(post("/training/records/{id}/return", first)
                            .param("comment", "again")
                            .with(training.logins().as(user))
                            .with(csrf()))
                    .andExpect(user.equals("contractor2") ? status().isNotFound() : status().isForbidden());
            mvc.perform(get("/training/records").with(training.logins().as(user)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("data-approval-queue"))));
        }
        assertThat(training.version(first)).isEqualTo(version);
    }

    private org.springframework.test.web.servlet.ResultActions returnRecord(
            String username, String record, String comment) throws Exception {
        return training.change(
                username,
                post("/api/v1/training-records/" + record + "/return"),
                "training_record",
                record,
                "{\"comment\":\"" + comment + "\"}");
    }

    private UUID contractor1() {
        return training.logins().viewer("contractor1").organisationId();
    }

    private long waiting(UUID organisation) throws Exception {
        var queue = training.body(training.call("hse", get("/api/v1/training-records/queue"), null)
                .andExpect(status().isOk()));
        List<Number> counts = JsonPath.read(queue, "$[?(@.organisationId == '" + organisation + "')].records");
        return counts.isEmpty() ? 0 : counts.get(0).longValue();
    }

    /** Whether the worker's clearance counts a pass of the test's competence, as the site access check asks it. */
    private boolean counted() {
        var code = context.getBean(CompetenceCatalogue.class)
                .competence(UUID.fromString(competence))
                .code();
        return context
                .getBean(TrainingClearance.class)
                .clearedNow(ownWorker, new TrainingClearance.Work(null, Set.of(code)))
                .requirements()
                .stream()
                .filter(requirement -> requirement.code().equals(code))
                .allMatch(requirement -> requirement.standing().clears());
    }
}
