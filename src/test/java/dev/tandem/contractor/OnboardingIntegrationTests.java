package dev.tandem.contractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.audit.Checklists;
import dev.tandem.audit.SampleChecklists;
import dev.tandem.audit.events.JointInspectionCompleted;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 30-day onboarding: a programme the safety department keeps, started with a contractor's first engagement; its
 * steps ticked by hand by the mentor or the safety department, the first joint inspection by the audit module's
 * completed joint inspection and never by hand; the share integrated
 * within 30 days counting an onboarding once it is complete or its month is over; another contractor sees none of it.
 * A worker, the contractor's own supervisor and a line manager who owns none of its engagement's areas may neither keep
 * the programme nor tick its steps (403, on the API and the pages), another contractor is told nothing (404), and
 * nothing is written.
 */
@TandemIntegrationTest
class OnboardingIntegrationTests {

    private static final String STEP = "{'id':'%s','kind':'OTHER','title':'%s','dueDay':%d}";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    ContractorFixture fixture;
    EngagementScene scene;
    UUID contractor;
    String supervisor;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ContractorFixture(mvc, context);
        scene = new EngagementScene(fixture, context);
        contractor = scene.contractor.id();
        supervisor = scene.contractor.supervisor();
    }

    @Test
    void theSafetyDepartmentKeepsTheProgrammeAndTheFirstEngagementStartedStartsTheOnboardingWithItsSteps()
            throws Exception {
        fixture.call(supervisor, get("/api/v1/contractors/{id}/onboarding", contractor), null)
                .andExpect(status().isNotFound());
        var step = "{'id':'%s','kind':'OTHER','title':'Permit-to-work course %s','dueDay':%d}";
        var id = UUID.randomUUID();
        for (var user : List.of(scene.mentor, supervisor, "director")) {
            fixture.call(user, post("/api/v1/contractors/onboarding/steps"), step.formatted(id, id, 10))
                    .andExpect(status().isForbidden());
        }
        fixture.call("hse", post("/api/v1/contractors/onboarding/steps"), step.formatted(id, id, 31))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dueDay"));
        assertThat(fixture.jdbc
                        .sql("select count(*) from contractor_onboarding_step where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        fixture.call("hse", post("/api/v1/contractors/onboarding/steps"), step.formatted(id, id, 10))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.recorded").value(false));
        fixture.call(supervisor, get("/api/v1/contractors/onboarding/steps"), null)
                .andExpect(jsonPath("$[*].id", hasItem(id.toString())));

        var engagement = scene.activeEngagement();
        // retired: onboardings that start from now on go without it, the one started keeps it
        fixture.call("hse", post("/api/v1/contractors/onboarding/steps/{id}/void", id), "{'reason':'Test over'}")
                .andExpect(status().isOk());
        fixture.call("hse", get("/api/v1/contractors/onboarding/steps"), null)
                .andExpect(jsonPath("$[*].id", not(hasItem(id.toString()))));
        var started = body(fixture.call(supervisor, get("/api/v1/contractors/{id}/onboarding", contractor), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.engagementId").value(engagement.toString()))
                .andExpect(jsonPath("$.startedOn").value(scene.today.toString()))
                .andExpect(jsonPath("$.dueOn").value(scene.today.plusDays(30).toString()))
                .andExpect(jsonPath("$.steps[*].stepId", hasItem(id.toString())))
                .andExpect(jsonPath("$.steps[*].kind", hasItem("JOINT_INSPECTION")))
                .andExpect(jsonPath("$.steps[*].kind", hasItem("ROTATION_MEETING")))
                .andExpect(jsonPath("$.steps[*].kind", hasItem("SITE_WALK"))));

        // by hand: the mentor or the safety department, not the contractor; a recorded step never
        var induction = stepOf(started, "INDUCTION");
        var tick = "/api/v1/contractors/{id}/onboarding/steps/{step}/tick";
        fixture.call(supervisor, post(tick, contractor, induction), null).andExpect(status().isForbidden());
        fixture.call("director", post(tick, contractor, induction), null).andExpect(status().isForbidden());
        fixture.call("contractor1", post(tick, contractor, induction), null).andExpect(status().isNotFound());
        fixture.call("hse", post(tick, contractor, stepOf(started, "JOINT_INSPECTION")), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stepId"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("joint inspection")));
        fixture.call("hse", post(tick, contractor, stepOf(started, "ROTATION_MEETING")), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stepId"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("rotation meeting")));
        fixture.call(scene.mentor, post(tick, contractor, induction), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[?(@.kind == 'INDUCTION')].tickedOn", hasItem(scene.today.toString())))
                .andExpect(
                        jsonPath("$.steps[?(@.kind == 'INDUCTION')].tickedBy", hasItem(scene.mentorPerson.toString())));

        // another contractor, and a role that reads no contractor, see nothing of it
        for (var read : List.of("/api/v1/contractors/{id}/onboarding", "/api/v1/contractors/{id}/onboarding/history")) {
            fixture.call("contractor1", get(read, contractor), null).andExpect(status().isNotFound());
            fixture.call("worker", get(read, contractor), null).andExpect(status().isForbidden());
            fixture.call(supervisor, get(read, contractor), null).andExpect(status().isOk());
        }
        fixture.call("contractor1", get("/api/v1/contractors/onboarding"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].organisationId", not(hasItem(contractor.toString()))));
        fixture.call(supervisor, get("/api/v1/contractors/onboarding/integration"), null)
                .andExpect(status().isForbidden());
        mvc.perform(get("/contractors/{id}/onboarding", contractor).with(fixture.logins.as("contractor1")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/contractors/{id}/onboarding", contractor).with(fixture.logins.as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-onboarding-steps")))
                .andExpect(content().string(not(containsString("data-tick-step"))));
        mvc.perform(get("/contractors/{id}/onboarding", contractor).with(fixture.logins.as(scene.mentor)))
                .andExpect(content().string(containsString("data-tick-step")));
        mvc.perform(get("/contractors/onboarding").with(fixture.logins.as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(contractor.toString())))
                .andExpect(content().string(not(containsString("data-integration"))));
        mvc.perform(get("/contractors/onboarding").with(fixture.logins.as("contractor1")))
                .andExpect(content().string(not(containsString(contractor.toString()))));
        mvc.perform(get("/contractors/onboarding").with(fixture.logins.as("worker")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/contractors/onboarding/steps/new").with(fixture.logins.as(scene.mentor)))
                .andExpect(status().isForbidden());

        // within its month and not complete it is not counted yet; its month over, it counts as not integrated
        assertThat(counted()).doesNotContainKey(contractor.toString());
        fixture.jdbc
                .sql("update contractor_onboarding set started_on = started_on - 40, due_on = due_on - 40"
                        + " where organisation_id = :id")
                .param("id", contractor)
                .update();
        assertThat(counted()).containsEntry(contractor.toString(), false);
        mvc.perform(get("/contractors/onboarding").with(fixture.logins.as("hse")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-integration-definition")));
    }

    @Test
    void aCompletedJointInspectionTicksItsStepAndTheLastTickIntegratesTheContractorInTime() throws Exception {
        var engagement = scene.activeEngagement();
        completeJointInspection();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(ticked("JOINT_INSPECTION")).isTrue());
        var meeting = UUID.randomUUID();
        ApplicationEventPublisher publisher = context;
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                .executeWithoutResult(status -> publisher.publishEvent(
                        new RotationMeetingHeld(meeting, contractor, engagement, Instant.now())));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(ticked("ROTATION_MEETING")).isTrue());
        var meetingTick = body(fixture.call("hse", get("/api/v1/contractors/{id}/onboarding", contractor), null));
        assertThat(JsonPath.<List<String>>read(meetingTick, "$.steps[?(@.kind == 'ROTATION_MEETING')].recordId"))
                .containsExactly(meeting.toString());
        var onboarding = body(fixture.call("hse", get("/api/v1/contractors/{id}/onboarding", contractor), null));
        List<Map<String, Object>> steps = JsonPath.read(onboarding, "$.steps[?(@.tickedOn == null)]");
        for (var step : steps) {
            fixture.call(
                            "hse",
                            post(
                                    "/api/v1/contractors/{id}/onboarding/steps/{step}/tick",
                                    contractor,
                                    step.get("stepId")),
                            null)
                    .andExpect(status().isOk());
        }
        fixture.call(supervisor, get("/api/v1/contractors/{id}/onboarding", contractor), null)
                .andExpect(jsonPath("$.completedOn").value(scene.today.toString()))
                .andExpect(jsonPath("$.integratedInTime").value(true));
        assertThat(counted()).containsEntry(contractor.toString(), true);
        var figure = body(fixture.call("hse", get("/api/v1/contractors/onboarding/integration"), null));
        List<Object> counted = JsonPath.read(figure, "$.counted");
        int integrated = JsonPath.read(figure, "$.integrated");
        double share = ((Number) JsonPath.read(figure, "$.share")).doubleValue();
        assertThat(share).isCloseTo(integrated * 100.0 / counted.size(), org.assertj.core.data.Offset.offset(0.05));
        fixture.call("hse", get("/api/v1/contractors/{id}/onboarding/history", contractor), null)
                .andExpect(jsonPath("$[*].kind", hasItem("UPDATED")));
    }

    /**
     * Joint inspections with the contractor completed at the same moment are heard one after another: each listener's
     * publication completes (none is left failed on a concurrent change of the onboarding) and the step is ticked once.
     */
    @Test
    void jointInspectionsCompletedTogetherAreAllHeardAndTickTheStepOnce() throws Exception {
        scene.activeEngagement();
        var inspections = IntStream.range(0, 6).mapToObj(i -> UUID.randomUUID()).toList();
        var completedAt = Instant.now();
        var gate = new CountDownLatch(1);
        var threads = Executors.newFixedThreadPool(inspections.size());
        try {
            var sent = inspections.stream()
                    .map(inspection -> threads.submit(() -> {
                        gate.await();
                        completed(inspection, completedAt);
                        return inspection;
                    }))
                    .toList();
            gate.countDown();
            for (var each : sent) {
                each.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdown();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(inspections)
                .allSatisfy(inspection -> assertThat(heard(inspection)).isTrue()));
        assertThat(jointInspectionStepTickedBy()).hasSize(1).allSatisfy(by -> assertThat(inspections)
                .contains(UUID.fromString(by)));
    }

    /** A joint inspection dated before the contractor's onboarding began is not part of it; one after it is. */
    @Test
    void aJointInspectionDoneBeforeTheOnboardingBeganDoesNotTickIt() throws Exception {
        scene.activeEngagement();
        var before = UUID.randomUUID();
        completed(before, Instant.now().minus(Duration.ofDays(40)));
        await().atMost(Duration.ofSeconds(30)).until(() -> heard(before));
        assertThat(jointInspectionStepTickedBy()).containsExactly((String) null);
        var after = UUID.randomUUID();
        completed(after, Instant.now());
        await().atMost(Duration.ofSeconds(30)).until(() -> heard(after));
        assertThat(jointInspectionStepTickedBy()).containsExactly(after.toString());
    }

    /** The audit module's event of a completed joint inspection with the contractor, published in its transaction. */
    private void completed(UUID inspection, Instant at) {
        ApplicationEventPublisher publisher = context;
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                .executeWithoutResult(status ->
                        publisher.publishEvent(new JointInspectionCompleted(inspection, scene.site, contractor, at)));
    }

    /** Whether the onboarding's listener has completed its publication of the inspection's event. */
    private boolean heard(UUID inspection) {
        return context.getBean(JdbcClient.class)
                        .sql("select count(*) from event_publication where listener_id like '%OnboardingRecords%'"
                                + " and serialized_event like :inspection and completion_date is null")
                        .param("inspection", "%" + inspection + "%")
                        .query(Long.class)
                        .single()
                == 0;
    }

    /** The record that ticked the joint-inspection step, or null while it is open. */
    private List<String> jointInspectionStepTickedBy() throws Exception {
        var onboarding = body(fixture.call(supervisor, get("/api/v1/contractors/{id}/onboarding", contractor), null));
        return JsonPath.read(onboarding, "$.steps[?(@.kind == 'JOINT_INSPECTION')].recordId");
    }

    /** A worker, the contractor's own supervisor, and a line manager whose areas the engagement does not touch. */
    private List<String> wrongRoles() {
        return List.of("worker", supervisor, "manager");
    }

    @Test
    void onlyTheSafetyDepartmentRevisesOrRetiresAProgrammeStepOverTheApi() throws Exception {
        var id = programmeStep();
        var written = programmeStepAsStored(id);
        for (var user : wrongRoles()) {
            fixture.call(
                            user,
                            put("/api/v1/contractors/onboarding/steps/{id}", id),
                            STEP.formatted(id, "Renamed by " + user, 9))
                    .andExpect(status().isForbidden());
            fixture.call(user, post("/api/v1/contractors/onboarding/steps/{id}/void", id), "{'reason':'Not needed'}")
                    .andExpect(status().isForbidden());
        }
        assertThat(programmeStepAsStored(id)).isEqualTo(written);
        fixture.call("hse", put("/api/v1/contractors/onboarding/steps/{id}", id), STEP.formatted(id, "Renamed", 9))
                .andExpect(status().isOk());
        assertThat(programmeStepAsStored(id)).isNotEqualTo(written);
    }

    @Test
    void onlyTheSafetyDepartmentKeepsTheProgrammeOnItsPages() throws Exception {
        var id = programmeStep();
        var written = programmeStepAsStored(id);
        var added = UUID.randomUUID();
        var step = Map.of("kind", "OTHER", "title", "Not the safety department's", "dueDay", "6");
        for (var user : wrongRoles()) {
            var fields = new java.util.HashMap<>(step);
            fields.put("id", added.toString());
            page(user, "/contractors/onboarding/steps", fields).andExpect(status().isForbidden());
            page(user, "/contractors/onboarding/steps/" + id, step).andExpect(status().isForbidden());
            page(user, "/contractors/onboarding/steps/" + id + "/void", Map.of("reason", "Not needed"))
                    .andExpect(status().isForbidden());
        }
        assertThat(programmeStepAsStored(id)).isEqualTo(written);
        assertThat(programmeStepAsStored(added)).containsOnly("404");
        page("hse", "/contractors/onboarding/steps/" + id + "/void", Map.of("reason", "Not needed"))
                .andExpect(status().is3xxRedirection());
        assertThat(programmeStepAsStored(id)).isNotEqualTo(written);
    }

    @Test
    void onlyTheMentorOrTheSafetyDepartmentTicksAStepOnTheOnboardingPage() throws Exception {
        scene.activeEngagement();
        var read = "/api/v1/contractors/{id}/onboarding";
        var started = body(fixture.call("hse", get(read, contractor), null));
        var tick = "/contractors/" + contractor + "/onboarding/steps/" + stepOf(started, "INDUCTION") + "/tick";
        for (var user : wrongRoles()) {
            page(user, tick, Map.of()).andExpect(status().isForbidden());
        }
        page("contractor1", tick, Map.of()).andExpect(status().isNotFound());
        assertThat(body(fixture.call("hse", get(read, contractor), null))).isEqualTo(started);
        page(scene.mentor, tick, Map.of()).andExpect(status().is3xxRedirection());
        assertThat(body(fixture.call("hse", get(read, contractor), null))).isNotEqualTo(started);
    }

    @Test
    void aRussianReaderReadsTheOnboardingsOwnEntriesUnderItsRussianName() throws Exception {
        scene.activeEngagement();
        var page = mvc.perform(get("/contractors/{id}/onboarding", contractor)
                        .with(fixture.logins.as("hse"))
                        .locale(Locale.forLanguageTag("ru")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("<span>Адаптация подрядчиков</span>").doesNotContain("<span>Onboarding</span>");
    }

    /** A form of a page sent by the user. */
    private org.springframework.test.web.servlet.ResultActions page(
            String user, String path, Map<String, String> fields) throws Exception {
        var request = post(path).with(fixture.logins.as(user)).with(csrf());
        fields.forEach(request::param);
        return mvc.perform(request);
    }

    /** A step the safety department adds to the programme. */
    private UUID programmeStep() throws Exception {
        var id = UUID.randomUUID();
        fixture.call("hse", post("/api/v1/contractors/onboarding/steps"), STEP.formatted(id, "Permit course " + id, 10))
                .andExpect(status().isCreated());
        return id;
    }

    /** The programme step and its history as the safety department reads them ("404" where there is none). */
    private List<String> programmeStepAsStored(UUID id) throws Exception {
        var read = new java.util.ArrayList<String>();
        for (var path : List.of(
                "/api/v1/contractors/onboarding/steps/{id}", "/api/v1/contractors/onboarding/steps/{id}/history")) {
            var response = fixture.call("hse", get(path, id), null).andReturn().getResponse();
            read.add(response.getStatus() == 404 ? "404" : response.getContentAsString());
        }
        return read;
    }

    /** The onboardings the share counted, by contractor: whether each was integrated within its 30 days. */
    private Map<String, Boolean> counted() throws Exception {
        var figure = body(fixture.call("hse", get("/api/v1/contractors/onboarding/integration"), null)
                .andExpect(status().isOk()));
        List<Map<String, Object>> rows = JsonPath.read(figure, "$.counted");
        var byContractor = new java.util.HashMap<String, Boolean>();
        for (var row : rows) {
            var completed = row.get("completedOn");
            var due = row.get("dueOn");
            byContractor.put(
                    (String) row.get("organisationId"),
                    completed != null && completed.toString().compareTo(due.toString()) <= 0);
        }
        return byContractor;
    }

    private boolean ticked(String kind) throws Exception {
        var onboarding = body(fixture.call(supervisor, get("/api/v1/contractors/{id}/onboarding", contractor), null));
        List<Object> ticked = JsonPath.read(onboarding, "$.steps[?(@.kind == '" + kind + "' && @.tickedOn != null)]");
        return !ticked.isEmpty();
    }

    /** The contractor's supervisor inspects with the mentor invited, both sign, and the supervisor completes it. */
    private void completeJointInspection() throws Exception {
        var template =
                SampleChecklists.cranePreUseCheck(context.getBean(Checklists.class), fixture.logins.viewer("hse"));
        var inspection = JsonPath.<String>read(
                body(fixture.call(
                                supervisor,
                                post("/api/v1/inspections"),
                                "{'templateId':'%s','siteId':'%s','areaId':'%s','kind':'JOINT','invitedPersonId':'%s'}"
                                        .formatted(template, scene.site, scene.area, scene.mentorPerson))
                        .andExpect(status().isCreated())),
                "$.id");
        fixture.call(
                        supervisor,
                        put("/api/v1/inspections/{id}/answers", inspection),
                        "{'answers':{'latches':'yes','load':'2'}}")
                .andExpect(status().isOk());
        for (var user : List.of(supervisor, scene.mentor)) {
            fixture.call(
                            user,
                            multipart("/api/v1/inspections/{id}/signatures", inspection)
                                    .file(new MockMultipartFile("signature", "signature.png", "image/png", png())),
                            null)
                    .andExpect(status().isOk());
        }
        fixture.call(supervisor, post("/api/v1/inspections/{id}/complete", inspection), null)
                .andExpect(status().isOk());
    }

    private static byte[] png() throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    private static String stepOf(String onboarding, String kind) {
        List<String> ids = JsonPath.read(onboarding, "$.steps[?(@.kind == '" + kind + "')].stepId");
        return ids.get(0);
    }
}
