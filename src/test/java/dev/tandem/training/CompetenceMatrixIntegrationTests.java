package dev.tandem.training;

import static dev.tandem.training.TrainingFixture.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import dev.tandem.organisation.DefineArea;
import dev.tandem.organisation.DefineSite;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.organisation.RegisterPerson;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.training.TrainingClearance.Work;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The requirements matrix the safety department edits, the competence matrix it gives (people × required competences,
 * each cell valid, expiring, expired or missing, within the viewer's scope) and the answer to "is this person cleared
 * for this work now?".
 */
@TandemIntegrationTest
class CompetenceMatrixIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationRegister register;

    @Autowired
    PlantStructure plant;

    @Autowired
    TrainingClearance clearance;

    TrainingFixture training;
    String position;
    UUID ownPerson;
    UUID otherPerson;
    String valid;
    String expired;
    String lasting;
    String missing;
    String expiring;

    @BeforeEach
    void setUp() throws Exception {
        training = new TrainingFixture(mvc, jdbc, new Logins(context));
        position = "Ladle operator " + UUID.randomUUID();
        var admin = training.logins().viewer("admin");
        ownPerson = register.addPerson(
                        null,
                        RegisterPerson.named(
                                training.logins().viewer("contractor1").organisationId(), "Anna Ladle", position),
                        admin)
                .record()
                .id();
        otherPerson = register.addPerson(
                        null,
                        RegisterPerson.named(
                                training.logins().viewer("contractor2").organisationId(),
                                "Boris Ladle",
                                " " + position.toUpperCase() + " "),
                        admin)
                .record()
                .id();
        valid = training.competence(12);
        expired = training.competence(12);
        lasting = training.competence(null);
        missing = training.competence(12);
        expiring = training.competence(12);
        for (var competence : List.of(valid, expired, lasting, missing, expiring)) {
            require("{\"competenceId\":\"%s\",\"position\":\"%s\"}".formatted(competence, position))
                    .andExpect(status().isCreated());
        }
        training.passed("hse", ownPerson, valid, daysAgo(10));
        given(ownPerson, expired, daysAgo(400), daysAgo(1));
        training.passed("hse", ownPerson, lasting, daysAgo(10));
        given(ownPerson, expiring, daysAgo(300), daysAgo(-10));
        // entered by the contractor and not approved yet: it does not count
        training.passed("contractor1", ownPerson, missing, daysAgo(2));
    }

    @Test
    void eachCellIsValidExpiringExpiredOrMissingFromTheApprovedPassesOnly() throws Exception {
        var matrix = matrix("hse", Map.of("position", position));
        assertThat(JsonPath.<Integer>read(matrix, "$.rows.totalItems")).isEqualTo(2);
        assertThat(JsonPath.<List<String>>read(matrix, "$.columns[*].competenceId"))
                .containsExactlyInAnyOrder(valid, expired, lasting, missing, expiring);
        assertThat(standings(matrix, "Anna Ladle"))
                .containsEntry(valid, "VALID")
                .containsEntry(expired, "EXPIRED")
                .containsEntry(lasting, "VALID")
                .containsEntry(missing, "MISSING")
                .containsEntry(expiring, "EXPIRING");
        assertThat(standings(matrix, "Boris Ladle").values()).containsOnly("MISSING");
    }

    @Test
    void theMatrixIsFilteredPagedAndHoldsOnlyThePeopleTheViewerReads() throws Exception {
        assertThat(names(matrix("contractor1", Map.of("position", position)))).containsExactly("Anna Ladle");
        assertThat(names(matrix("contractor2", Map.of("position", position)))).containsExactly("Boris Ladle");
        assertThat(names(matrix("contractor1.worker", Map.of("position", position))))
                .isEmpty();
        assertThat(names(matrix("worker", Map.of("position", position)))).isEmpty();
        assertThat(names(matrix(
                        "hse",
                        Map.of(
                                "position",
                                position,
                                "organisationId",
                                training.logins()
                                        .viewer("contractor2")
                                        .organisationId()
                                        .toString()))))
                .containsExactly("Boris Ladle");
        var paged = matrix("manager", Map.of("position", position, "size", "1", "page", "1"));
        assertThat(JsonPath.<Integer>read(paged, "$.rows.totalItems")).isEqualTo(2);
        assertThat(names(paged)).containsExactly("Boris Ladle");
    }

    @Test
    void theExportHoldsEveryCellInTheReadersLanguage() throws Exception {
        var started = training.call(
                        "contractor1",
                        get("/api/v1/competence-matrix/export")
                                .param("position", position)
                                .param("format", "csv"),
                        null)
                .andExpect(request().asyncStarted())
                .andReturn();
        var csv = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("Anna Ladle")
                .doesNotContain("Boris Ladle")
                .contains("Expired " + daysAgo(1))
                .contains("Expiring " + daysAgo(-10))
                .contains("Valid, does not expire")
                .contains("Missing");
    }

    @Test
    void aPersonIsClearedOnlyWhenEveryRequiredCompetenceIsValidToday() throws Exception {
        var now = clearance.clearedNow(ownPerson, Work.onSite());
        assertThat(now.cleared()).isFalse();
        assertThat(now.gaps())
                .extracting(gap -> gap.competenceId().toString())
                .containsExactlyInAnyOrder(expired, missing);

        given(ownPerson, expired, daysAgo(5), daysAgo(-300));
        training.call(
                        "hse",
                        post("/api/v1/training-records"),
                        training.details(UUID.randomUUID(), ownPerson, missing, daysAgo(1), "PASSED", null))
                .andExpect(status().isCreated());
        assertThat(clearance.clearedNow(ownPerson, Work.onSite()).cleared()).isTrue();
    }

    @Test
    void workInAnAreaOrNamingACompetenceAsksForMoreThanThePositionDoes() throws Exception {
        var code = "A" + UUID.randomUUID().toString().substring(0, 8);
        var area = plant.createArea(
                        null,
                        new DefineArea(siteOf("hse"), code, "Converter bay " + code, null, null),
                        training.logins().viewer("admin"))
                .id();
        var bay = training.competence(12);
        require("{\"competenceId\":\"%s\",\"areaId\":\"%s\"}".formatted(bay, area))
                .andExpect(status().isCreated());

        assertThat(competences(clearance.clearedNow(otherPerson, Work.onSite())))
                .doesNotContain(bay);
        assertThat(competences(clearance.clearedNow(otherPerson, Work.inArea(area))))
                .contains(bay);
        assertThat(JsonPath.<List<String>>read(
                        matrix("hse", Map.of("position", position)), "$.columns[*].competenceId"))
                .as("work in no particular area")
                .doesNotContain(bay);
        var inBay = Map.of("position", position, "areaId", area.toString());
        assertThat(standings(matrix("hse", inBay), "Boris Ladle")).containsEntry(bay, "MISSING");
        training.passed("hse", otherPerson, bay, daysAgo(3));
        assertThat(standings(matrix("hse", inBay), "Boris Ladle")).containsEntry(bay, "VALID");
        assertThat(clearance.clearedNow(otherPerson, Work.inArea(area)).requirements())
                .filteredOn(requirement -> requirement.competenceId().toString().equals(bay))
                .extracting(TrainingClearance.Requirement::standing)
                .containsExactly(Standing.VALID);

        // someone who works in the area is required what it requires, wherever they work today
        var admin = training.logins().viewer("admin");
        var worksThere = register.addPerson(
                        null,
                        new RegisterPerson(
                                admin.organisationId(), "Clara Bay", position, siteOf("hse"), area, null, null, null),
                        admin)
                .record()
                .id();
        assertThat(competences(clearance.clearedNow(worksThere, Work.onSite()))).contains(bay);
        var anywhere = matrix("hse", Map.of("position", position));
        assertThat(standings(anywhere, "Clara Bay")).containsEntry(bay, "MISSING");
        assertThat(standings(anywhere, "Anna Ladle")).as("works in no area").containsEntry(bay, null);
        assertThat(competences(clearance.clearedNow(otherPerson, Work.inArea(null, "hot_work"))))
                .contains(training.seeded("HOT_WORK"));
        assertThatThrownBy(() -> clearance.clearedNow(otherPerson, Work.inArea(null, "NO_SUCH_COURSE")))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> clearance.clearedNow(UUID.randomUUID(), Work.onSite()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void eachPersonIsJudgedOnTheDayItIsOnTheirOwnSiteInTheMatrixAsInClearance() throws Exception {
        var tides = "Tide watcher " + UUID.randomUUID();
        // 25 hours apart: on Kiritimati it is always a later day than in Pago Pago
        var east = personOnSite("Pacific/Kiritimati", "Kira East", tides);
        var west = personOnSite("Pacific/Pago_Pago", "Pago West", tides);
        var competence = training.competence(12);
        require("{\"competenceId\":\"%s\",\"position\":\"%s\"}".formatted(competence, tides))
                .andExpect(status().isCreated());
        var lastDayInPagoPago = LocalDate.now(ZoneId.of("Pacific/Pago_Pago"));
        given(east, competence, daysAgo(300), lastDayInPagoPago);
        given(west, competence, daysAgo(300), lastDayInPagoPago);

        var matrix = matrix("hse", Map.of("position", tides));
        assertThat(standings(matrix, "Kira East")).containsEntry(competence, "EXPIRED");
        assertThat(standings(matrix, "Pago West")).containsEntry(competence, "EXPIRING");
        assertThat(clearance.clearedNow(east, Work.onSite()).cleared()).isFalse();
        assertThat(clearance.clearedNow(west, Work.onSite()).cleared()).isTrue();
    }

    @Test
    void aMentorIsQualifiedOnceEveryMentorCompetenceIsValid() throws Exception {
        assertThat(clearance.qualifiedMentorNow(ownPerson)).isFalse();
        for (var code : List.of("MENTOR_STANDARDS", "MENTOR_COMMUNICATION")) {
            training.passed("hse", ownPerson, training.seeded(code), daysAgo(3));
        }
        assertThat(clearance.qualifiedMentorNow(ownPerson)).isFalse();
        training.passed("hse", ownPerson, training.seeded("MENTOR_RISK"), daysAgo(3));
        assertThat(clearance.qualifiedMentorNow(ownPerson)).isTrue();
    }

    @Test
    void theClearanceIsAnsweredOverHttpToWhoeverReadsThePersonsTraining() throws Exception {
        training.call("contractor1", get("/api/v1/training-clearance").param("personId", ownPerson.toString()), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cleared").value(false));
        for (var outsider : List.of("contractor2", "worker", "contractor1.worker")) {
            training.call(outsider, get("/api/v1/training-clearance").param("personId", ownPerson.toString()), null)
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void onlyTheSafetyDepartmentEditsTheRequirementsAndEachOnce() throws Exception {
        var json = "{\"competenceId\":\"%s\",\"position\":\"%s\"}".formatted(valid, position);
        for (var username : List.of("contractor1", "manager", "director", "admin", "worker")) {
            training.call(username, post("/api/v1/training-requirements"), json).andExpect(status().isForbidden());
        }
        require(json.replace(position, position.toUpperCase()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("competenceId"));
        require("{\"competenceId\":\"%s\",\"position\":\"Welder\",\"role\":\"LINE_MANAGER\"}".formatted(valid))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("position"));
        require("{\"competenceId\":\"%s\",\"position\":\"Welder\"}".formatted(UUID.randomUUID()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("competenceId"));
    }

    @Test
    void aRoleRequiresItsCompetencesOfEveryoneWhoHoldsIt() throws Exception {
        var mentoring = training.competence(36);
        var manager = training.person("manager");
        assertThat(competences(clearance.clearedNow(manager, Work.onSite()))).doesNotContain(mentoring);
        var created = require("{\"competenceId\":\"%s\",\"role\":\"LINE_MANAGER\"}".formatted(mentoring))
                .andExpect(status().isCreated());
        try {
            assertThat(competences(clearance.clearedNow(manager, Work.onSite())))
                    .contains(mentoring);
            assertThat(competences(clearance.clearedNow(training.person("worker"), Work.onSite())))
                    .doesNotContain(mentoring);
        } finally {
            String id = JsonPath.read(training.body(created), "$.id");
            training.call("hse", post("/api/v1/training-requirements/" + id + "/void"), "{\"reason\":\"test over\"}")
                    .andExpect(status().isOk());
        }
    }

    private List<String> competences(TrainingClearance.Clearance answer) {
        return answer.requirements().stream()
                .map(requirement -> requirement.competenceId().toString())
                .toList();
    }

    private UUID personOnSite(String zone, String name, String position) {
        var admin = training.logins().viewer("admin");
        var code = "Z" + UUID.randomUUID().toString().substring(0, 8);
        var site = plant.createSite(null, DefineSite.named(code, "Site " + code, zone, null), admin)
                .id();
        var owner = training.logins().viewer("hse").organisationId();
        return register.addPerson(null, new RegisterPerson(owner, name, position, site, null, null, null, null), admin)
                .record()
                .id();
    }

    private UUID siteOf(String username) {
        var site = training.logins().viewer(username).siteId();
        return site != null
                ? site
                : jdbc.sql("select id from site where voided_at is null order by code limit 1")
                        .query(UUID.class)
                        .single();
    }

    private org.springframework.test.web.servlet.ResultActions require(String json) throws Exception {
        return training.call("hse", post("/api/v1/training-requirements"), json);
    }

    private void given(UUID person, String competence, LocalDate completedOn, LocalDate expiresOn) throws Exception {
        training.call(
                        "hse",
                        post("/api/v1/training-records"),
                        training.details(UUID.randomUUID(), person, competence, completedOn, "PASSED", expiresOn))
                .andExpect(status().isCreated());
    }

    private String matrix(String username, Map<String, String> parameters) throws Exception {
        var request = get("/api/v1/competence-matrix");
        parameters.forEach(request::param);
        return training.body(training.call(username, request, null).andExpect(status().isOk()));
    }

    private static List<String> names(String matrix) {
        return JsonPath.read(matrix, "$.rows.items[*].fullName");
    }

    /** A person's standing per competence id, as the matrix shows them. */
    private static Map<String, String> standings(String matrix, String name) {
        List<String> ids = JsonPath.read(matrix, "$.columns[*].competenceId");
        List<String> cells = JsonPath.read(matrix, "$.rows.items[?(@.fullName == '" + name + "')].cells[*].standing");
        var standings = new java.util.HashMap<String, String>();
        for (int i = 0; i < ids.size(); i++) {
            standings.put(ids.get(i), cells.get(i));
        }
        return standings;
    }
}
