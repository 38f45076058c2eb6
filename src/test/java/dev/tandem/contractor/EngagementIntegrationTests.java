package dev.tandem.contractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.contractor.prequalification.ContractorRegister;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.OrganisationStatus;
import dev.tandem.organisation.RegisterPerson;
import dev.tandem.shared.Precondition;
import dev.tandem.training.RecordTraining;
import dev.tandem.training.TrainingLog;
import dev.tandem.training.TrainingResult;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Engagements: planned only for a contractor that takes new work, on areas of its site, with a mentor who owns one of
 * them and holds a valid mentor's qualification (or refused with nothing written); started only with a risk review
 * both sides signed and the contractor's documents valid; their areas are what the contractor reads of the register.
 */
@TandemIntegrationTest
class EngagementIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    OrganisationRegister organisations;

    ContractorFixture fixture;
    EngagementScene scene;
    LocalDate today;
    UUID area;
    UUID otherArea;
    UUID areaElsewhere;
    String mentor;
    UUID mentorPerson;
    UUID unqualifiedPerson;
    ContractorFixture.Contractor contractor;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ContractorFixture(mvc, context);
        scene = new EngagementScene(fixture, context);
        today = scene.today;
        area = scene.area;
        otherArea = scene.otherArea;
        areaElsewhere = scene.areaElsewhere;
        mentor = scene.mentor;
        mentorPerson = scene.mentorPerson;
        unqualifiedPerson = scene.unqualifiedPerson;
        contractor = scene.contractor;
    }

    private String plan(List<UUID> areas, UUID mentorPersonId) {
        return scene.plan(areas, mentorPersonId);
    }

    private long engagements() {
        return fixture.jdbc
                .sql("select count(*) from contractor_engagement where organisation_id = :id")
                .param("id", contractor.id())
                .query(Long.class)
                .single();
    }

    @Test
    void anEngagementWithoutAMentorWithAnUnqualifiedOneOrAnAreaOutsideTheSiteIsRefusedAndNothingIsWritten()
            throws Exception {
        var cases = List.of(
                List.of(plan(List.of(area), null), "mentorPersonId"),
                List.of(plan(List.of(otherArea), unqualifiedPerson), "mentorPersonId"),
                List.of(plan(List.of(otherArea), mentorPerson), "mentorPersonId"),
                List.of(plan(List.of(area, areaElsewhere), mentorPerson), "areaIds"));
        for (var refused : cases) {
            fixture.call("hse", post("/api/v1/engagements"), refused.get(0))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(refused.get(1)));
        }
        fixture.call("hse", post("/api/v1/engagements"), plan(List.of(otherArea), unqualifiedPerson))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("mentor")));
        for (var user : List.of("worker", "contractor1", contractor.supervisor(), "director")) {
            fixture.call(user, post("/api/v1/engagements"), plan(List.of(area), mentorPerson))
                    .andExpect(status().isForbidden());
        }
        assertThat(engagements()).isZero();
    }

    @Test
    void aSuspendedContractorOrOneWithAnExpiredRequiredDocumentTakesNoNewEngagement() throws Exception {
        fixture.validUntil(contractor.id(), "INSURANCE", today.minusDays(1));
        fixture.call("hse", post("/api/v1/engagements"), plan(List.of(area), mentorPerson))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisationId"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Insurance certificate")));
        fixture.file("hse", contractor.id(), "INSURANCE", today.plusYears(1), ContractorFixture.PDF);
        var hse = fixture.logins.viewer("hse");
        var register = context.getBean(ContractorRegister.class);
        register.changeStatus(contractor.id(), Precondition.none(), OrganisationStatus.ACTIVE, "Onboarded", hse);
        register.changeStatus(contractor.id(), Precondition.none(), OrganisationStatus.SUSPENDED, "Fatality", hse);
        fixture.call("hse", post("/api/v1/engagements"), plan(List.of(area), mentorPerson))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisationId"));
        assertThat(engagements()).isZero();
    }

    @Test
    void anEngagementStartsOnlyWithARiskReviewBothSidesSignedAndItsAreasAreWhatTheContractorReadsOfTheRegister()
            throws Exception {
        var planned = fixture.call("hse", post("/api/v1/engagements"), plan(List.of(area, otherArea), mentorPerson))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var id = UUID.fromString(JsonPath.read(planned, "$.id"));
        fixture.call(mentor, post("/api/v1/engagements/{id}/start", id), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));

        var risk = risk(area);
        fixture.call(
                        "hse",
                        post("/api/v1/engagements/{id}/risks", id),
                        "{'riskId':'%s'}".formatted(risk(areaElsewhere)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("riskId"));
        fixture.call("hse", post("/api/v1/engagements/{id}/risks", id), "{'riskId':'%s'}".formatted(risk))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.riskIds[0]").value(risk.toString()));
        fixture.call(contractor.supervisor(), post("/api/v1/engagements/{id}/sign", id), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contractorSignedAt").isNotEmpty())
                .andExpect(jsonPath("$.reviewSigned").value(false));
        fixture.call("hse", post("/api/v1/engagements/{id}/sign", id), null).andExpect(status().isForbidden());
        fixture.call(mentor, post("/api/v1/engagements/{id}/sign", id), null)
                .andExpect(jsonPath("$.reviewSigned").value(true));

        // a risk added after the signatures takes them back
        var added = fixture.call(mentor, post("/api/v1/engagements/{id}/risks/new", id), newRisk(otherArea))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reviewSigned").value(false))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> risks = JsonPath.read(added, "$.riskIds");
        assertThat(risks).hasSize(2);
        fixture.call(mentor, post("/api/v1/engagements/{id}/sign", id), null);
        fixture.call(contractor.supervisor(), post("/api/v1/engagements/{id}/sign", id), null)
                .andExpect(jsonPath("$.reviewSigned").value(true));
        fixture.call(contractor.supervisor(), post("/api/v1/engagements/{id}/start", id), null)
                .andExpect(status().isForbidden());
        fixture.call(mentor, post("/api/v1/engagements/{id}/start", id), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.activatedOn").value(today.toString()));

        // the contractor reads the risks of its engagement's areas, and no others
        fixture.call(contractor.supervisor(), get("/api/v1/risks").param("size", "100"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem(risk.toString())))
                .andExpect(
                        jsonPath("$.items[*].areaId", everyItem(in(List.of(area.toString(), otherArea.toString())))));
        fixture.call(contractor.supervisor(), get("/api/v1/risks/{id}", risk(areaElsewhere)), null)
                .andExpect(status().isNotFound());

        // a request builder keeps the headers it was given, so each call builds its own
        for (var read : List.of("/api/v1/engagements/{id}", "/api/v1/engagements/{id}/history")) {
            fixture.call("contractor1", get(read, id), null).andExpect(status().isNotFound());
            fixture.call("worker", get(read, id), null).andExpect(status().isForbidden());
            fixture.call(contractor.supervisor(), get(read, id), null).andExpect(status().isOk());
        }
        fixture.call("contractor1", post("/api/v1/engagements/{id}/sign", id), null)
                .andExpect(status().isNotFound());

        // the pages: the contractor's supervisor and the plant read it, another contractor finds nothing
        mvc.perform(get("/engagements/{id}", id).with(fixture.logins.as(contractor.supervisor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Relining ladle 3")))
                .andExpect(content().string(containsString("data-engagement-status")));
        mvc.perform(get("/engagements/{id}", id).with(fixture.logins.as("contractor1")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/contractors/{id}", contractor.id()).with(fixture.logins.as("hse")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/engagements/" + id)));
        mvc.perform(get("/contractors/{id}/engagements/new", contractor.id())
                        .with(fixture.logins.as(contractor.supervisor())))
                .andExpect(status().isForbidden());
        fixture.call(
                        "contractor1",
                        get("/api/v1/engagements")
                                .param("organisationId", contractor.id().toString()),
                        null)
                .andExpect(status().isNotFound());
    }

    @Test
    void aWorkersQrAnswersWhoTheyAreAndClearedOrNotClearedWithEveryReason() throws Exception {
        var admin = fixture.logins.viewer("admin");
        var worker = organisations
                .addPerson(null, RegisterPerson.named(contractor.id(), "Rigger " + UUID.randomUUID(), "Rigger"), admin)
                .record()
                .id();
        var issued = fixture.call(
                        contractor.supervisor(),
                        post("/api/v1/contractors/{id}/people/{person}/credential", contractor.id(), worker),
                        null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String code = JsonPath.read(issued, "$.code");
        fixture.call(
                        "contractor1",
                        post("/api/v1/contractors/{id}/people/{person}/credential", contractor.id(), worker),
                        null)
                .andExpect(status().isNotFound());

        fixture.call("worker", get("/api/v1/site-access").param("code", code), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cleared").value(false))
                .andExpect(jsonPath("$.reasons[*].code", hasItem("access.reason.noEngagement")));

        var id = activeEngagement();
        var clearance = context.getBean(dev.tandem.training.TrainingClearance.class)
                .clearedNow(worker, dev.tandem.training.TrainingClearance.Work.inArea(area));
        if (!clearance.gaps().isEmpty()) {
            fixture.call("worker", get("/api/v1/site-access").param("code", code), null)
                    .andExpect(jsonPath("$.cleared").value(false))
                    .andExpect(jsonPath("$.reasons[*].code", hasItem("access.reason.training.MISSING")));
        }
        for (var gap : clearance.gaps()) {
            context.getBean(TrainingLog.class)
                    .record(
                            new RecordTraining(
                                    null,
                                    null,
                                    worker,
                                    gap.competenceId(),
                                    today.minusDays(1),
                                    TrainingResult.PASSED,
                                    "Trainer",
                                    null,
                                    "Certificate 1",
                                    today.plusYears(1)),
                            fixture.logins.viewer("hse"));
        }
        fixture.call("worker", get("/api/v1/site-access").param("code", " " + code.toLowerCase() + " "), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cleared").value(true))
                .andExpect(jsonPath("$.engagement.id").value(id.toString()))
                .andExpect(jsonPath("$.reasons").isEmpty());
        mvc.perform(get("/access").param("code", code).with(fixture.logins.as("worker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-access-verdict")))
                .andExpect(content().string(containsString("Relining ladle 3")));

        fixture.validUntil(contractor.id(), "INSURANCE", today.minusDays(3));
        fixture.call(contractor.supervisor(), get("/api/v1/site-access").param("code", code), null)
                .andExpect(jsonPath("$.cleared").value(false))
                .andExpect(jsonPath("$.reasons[0].code").value("access.reason.documentExpired"))
                .andExpect(jsonPath("$.reasons[0].values[0]").value("Insurance certificate"));
        fixture.call("contractor1", get("/api/v1/site-access").param("code", code), null)
                .andExpect(status().isNotFound());
        fixture.call("contractor1.worker", get("/api/v1/site-access").param("code", code), null)
                .andExpect(status().isForbidden());
        mvc.perform(get("/contractors/{id}/credentials", contractor.id()).with(fixture.logins.as("contractor1")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/contractors/{id}/credentials", contractor.id())
                        .with(fixture.logins.as(contractor.supervisor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(code)));
    }

    private UUID activeEngagement() throws Exception {
        return scene.activeEngagement();
    }

    private UUID risk(UUID areaId) {
        return scene.risk(areaId);
    }

    private String newRisk(UUID areaId) {
        return scene.newRisk(areaId);
    }
}
