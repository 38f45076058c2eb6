package dev.tandem.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
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
import dev.tandem.action.ActionPlanning;
import dev.tandem.action.RaiseAction;
import dev.tandem.action.SourceType;
import dev.tandem.contractor.ContractorFixture;
import dev.tandem.contractor.EngagementScene;
import dev.tandem.contractor.MeetingsDue;
import dev.tandem.meeting.rotations.MissedRotations;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Rotation meetings end to end on an engagement of a contractor of its own, whose work began three weeks ago on a site
 * in Moscow and whose crews change weekly at midnight: the mentor opens a meeting whose agenda built itself (an open
 * action, a stop of work, a document about to expire), records who came from each side, concludes the items, records
 * decisions that become actions of either side, and closes it; the onboarding's first rotation meeting is ticked; each
 * rotation is counted with or without a meeting, a missed one flagged once, and the next meeting's due day is the end
 * of the rotation under way. Bad input writes nothing; another contractor is told nothing (404), a worker may not read
 * meetings (403), and only the mentor or the safety department holds them.
 */
@TandemIntegrationTest
class MeetingIntegrationTests {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    ContractorFixture fixture;
    MeetingScene meetings;
    EngagementScene scene;
    JdbcClient jdbc;
    UUID engagement;
    UUID contractor;
    String supervisor;
    UUID supervisorPerson;
    LocalDate today;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ContractorFixture(mvc, context);
        meetings = new MeetingScene(fixture, context);
        scene = meetings.scene;
        jdbc = context.getBean(JdbcClient.class);
        engagement = meetings.engagement;
        contractor = meetings.contractor;
        supervisor = meetings.supervisor;
        supervisorPerson = meetings.supervisorPerson;
        today = meetings.today;
    }

    @Test
    void aMentorHoldsAMeetingWhoseAgendaBuiltItselfAndItsDecisionsBecomeActionsOfEitherSide() throws Exception {
        var action = openAction();
        fixture.call(
                        supervisor,
                        post("/api/v1/stops"),
                        "{'id':'%s','areaId':'%s','organisationId':'%s','work':'Relining ladle 3','unsafe':'No guard rail'}"
                                .formatted(UUID.randomUUID(), scene.area, contractor))
                .andExpect(status().isCreated());
        fixture.validUntil(contractor, "INSURANCE", today.plusDays(10));

        var opened = body(open(today.minusDays(10)).andExpect(status().isCreated()));
        var meeting = UUID.fromString(JsonPath.read(opened, "$.id"));
        assertThat(JsonPath.<List<String>>read(opened, "$.agenda[*].source"))
                .contains("OPEN_ACTION", "STOP_WORK", "DOCUMENT");
        assertThat(JsonPath.<List<String>>read(opened, "$.agenda[?(@.source == 'OPEN_ACTION')].recordId"))
                .contains(action.toString());
        fixture.call(scene.mentor, post("/api/v1/meetings/{id}/items", meeting), "{'title':'Scaffold tags'}")
                .andExpect(jsonPath("$.agenda[*].title", hasItem("Scaffold tags")));

        attend(meeting, scene.mentorPerson, true);
        attend(meeting, supervisorPerson, true).andExpect(jsonPath("$.attendees", hasSize(2)));
        var stopItem = JsonPath.<List<String>>read(opened, "$.agenda[?(@.source == 'STOP_WORK')].itemId")
                .get(0);
        var actionItem = JsonPath.<List<String>>read(opened, "$.agenda[?(@.source == 'OPEN_ACTION')].itemId")
                .get(0);
        fixture.call(
                        scene.mentor,
                        post("/api/v1/meetings/{id}/items/{item}", meeting, stopItem),
                        "{'outcome':'DISCUSSED','note':'Rails fitted the same day'}")
                .andExpect(status().isOk());
        fixture.call(
                        scene.mentor,
                        post("/api/v1/meetings/{id}/items/{item}", meeting, actionItem),
                        "{'outcome':'CARRIED_OVER'}")
                .andExpect(status().isOk());

        var theirs = UUID.randomUUID();
        var ours = UUID.randomUUID();
        decide(meeting, theirs, "Guard rails on every level", supervisorPerson).andExpect(status().isOk());
        decide(meeting, ours, "Lend the gas detector", scene.mentorPerson)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decisions", hasSize(2)));
        fixture.call(supervisor, get("/api/v1/actions/{id}", theirs), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sourceType").value("MEETING"))
                .andExpect(jsonPath("$.sourceId").value(meeting.toString()))
                .andExpect(jsonPath("$.responsibleOrganisationId").value(contractor.toString()));
        fixture.call("hse", get("/api/v1/actions/{id}", ours), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.responsibleOrganisationId").value(not(contractor.toString())));
        fixture.call(supervisor, get("/api/v1/actions/{id}", ours), null).andExpect(status().isNotFound());

        fixture.call(scene.mentor, post("/api/v1/meetings/{id}/close", meeting), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("signatures"));
        signed(meeting, scene.mentorPerson, supervisorPerson);
        fixture.call(scene.mentor, post("/api/v1/meetings/{id}/close", meeting), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HELD"))
                .andExpect(jsonPath("$.agenda[?(@.title == 'Scaffold tags')].outcome", hasItem("CARRIED_OVER")));
        fixture.call(scene.mentor, post("/api/v1/meetings/{id}/items", meeting), "{'title':'Too late'}")
                .andExpect(status().isBadRequest());

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(onboardingMeetingTick()).containsExactly(meeting.toString()));

        var next = body(open(today.minusDays(3)).andExpect(status().isCreated()));
        assertThat(JsonPath.<List<String>>read(next, "$.agenda[?(@.carriedFrom != null)].title"))
                .contains("Scaffold tags")
                .anySatisfy(title -> assertThat(title).startsWith("Fix the scaffold"));
        fixture.call("hse", get("/api/v1/meetings/{id}/history", meeting), null)
                .andExpect(jsonPath("$[*].kind", hasItem("UPDATED")));

        var pdf = fixture.call(supervisor, get("/api/v1/meetings/{id}/minutes.pdf", meeting), null)
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Minutes", "Guard rails on every level", "Rails fitted the same day");
        }
        fixture.call(fixture.contractor("Nosy").supervisor(), get("/api/v1/meetings/{id}/minutes.pdf", meeting), null)
                .andExpect(status().isNotFound());
    }

    @Test
    void eachRotationCountsWithOrWithoutAMeetingAMissedOneIsFlaggedOnceAndTheNextMeetingIsDueByTheEndOfTheRotation()
            throws Exception {
        fixture.call(supervisor, put("/api/v1/meetings/rotations/{id}", engagement), pattern("7"))
                .andExpect(status().isForbidden());
        fixture.call("manager", put("/api/v1/meetings/rotations/{id}", engagement), pattern("7"))
                .andExpect(status().isForbidden());
        fixture.call(scene.mentor, put("/api/v1/meetings/rotations/{id}", engagement), pattern("7/x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("blocks"));
        fixture.call(scene.mentor, put("/api/v1/meetings/rotations/{id}", engagement), pattern("7"))
                .andExpect(status().isOk());
        fixture.call(supervisor, get("/api/v1/meetings/rotations/{id}/history", engagement), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].kind", hasItem("CREATED")));
        var meeting = heldMeeting(today.minusDays(10));

        fixture.call(supervisor, get("/api/v1/meetings/rotations/{id}", engagement), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rotations", hasSize(4)))
                .andExpect(jsonPath("$.rotations[0].ended").value(true))
                .andExpect(jsonPath("$.rotations[0].meetings", hasSize(0)))
                .andExpect(jsonPath("$.rotations[1].meetings[0]").value(meeting.toString()))
                .andExpect(jsonPath("$.rotations[2].ended").value(true))
                .andExpect(jsonPath("$.rotations[2].meetings", hasSize(0)))
                .andExpect(jsonPath("$.rotations[3].ended").value(false));

        var figures =
                body(fixture.call("hse", get("/api/v1/meetings/figures"), null).andExpect(status().isOk()));
        assertThat(JsonPath.<List<Integer>>read(figures, "$.contractors[?(@.id == '" + contractor + "')].rotations"))
                .containsExactly(3);
        assertThat(JsonPath.<List<Integer>>read(figures, "$.contractors[?(@.id == '" + contractor + "')].met"))
                .containsExactly(1);
        assertThat(JsonPath.<List<Integer>>read(figures, "$.contractors[?(@.id == '" + contractor + "')].missed"))
                .containsExactly(2);
        assertThat(JsonPath.<List<Integer>>read(figures, "$.contractors[?(@.id == '" + contractor + "')].percent"))
                .containsExactly(33);
        var theirs = body(fixture.call(supervisor, get("/api/v1/meetings/figures"), null));
        assertThat(JsonPath.<List<String>>read(theirs, "$.contractors[*].id")).containsExactly(contractor.toString());
        fixture.call("contractor1", get("/api/v1/meetings/figures"), null)
                .andExpect(jsonPath("$.contractors[*].id", not(hasItem(contractor.toString()))));

        var missed = context.getBean(MissedRotations.class);
        missed.flag(context.getBean(Clock.class));
        missed.flag(context.getBean(Clock.class));
        assertThat(jdbc.sql("select ends_at from meeting_missed_rotation where engagement_id = :id")
                        .param("id", engagement)
                        .query(java.sql.Timestamp.class)
                        .list())
                .extracting(java.sql.Timestamp::toInstant)
                .containsExactly(today.atStartOfDay(MOSCOW).toInstant());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var inbox =
                    body(fixture.call(scene.mentor, get("/api/v1/notifications").param("size", "100"), null));
            assertThat(JsonPath.<List<String>>read(inbox, "$.items[?(@.kind == 'meeting.rotation-missed')].title"))
                    .hasSize(1)
                    .allSatisfy(title -> assertThat(title).contains("Engaged"));
        });

        assertThat(context.getBean(MeetingsDue.class).nextDue(contractor, scene.mentorPerson))
                .contains(today.plusDays(6));
        assertThat(context.getBean(MeetingsDue.class).nextDue(contractor, supervisorPerson))
                .isEmpty();
    }

    @Test
    void badInputGetsAClearErrorAndWritesNothing() throws Exception {
        var nowhere = UUID.randomUUID();
        fixture.call(
                        scene.mentor,
                        post("/api/v1/meetings"),
                        "{'id':'%s','engagementId':'%s','heldAt':'%s'}"
                                .formatted(nowhere, UUID.randomUUID(), heldAt(today)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("engagementId"));
        fixture.call("hse", get("/api/v1/meetings/{id}", nowhere), null).andExpect(status().isNotFound());
        open(today.plusDays(100))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("heldAt"));

        var meeting = UUID.fromString(JsonPath.read(body(open(today)), "$.id"));
        var stranger =
                fixture.logins.viewer(fixture.contractor("Third").supervisor()).personId();
        attend(meeting, stranger, true)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personId"));
        var decision = UUID.randomUUID();
        fixture.call(
                        scene.mentor,
                        post("/api/v1/meetings/{id}/decisions", meeting),
                        "{'id':'%s','text':'Nobody does it'}".formatted(decision))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ownerPersonId"));
        decide(meeting, decision, "A stranger does it", stranger)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ownerPersonId"));
        fixture.call(scene.mentor, post("/api/v1/meetings/{id}/close", meeting), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("attendees"));
        fixture.call("hse", get("/api/v1/meetings/{id}", meeting), null)
                .andExpect(jsonPath("$.attendees", hasSize(0)))
                .andExpect(jsonPath("$.decisions", hasSize(0)))
                .andExpect(jsonPath("$.status").value("OPEN"));
        fixture.call("hse", get("/api/v1/actions/{id}", decision), null).andExpect(status().isNotFound());

        var refused = mvc.perform(post("/meetings/{id}/decisions", meeting)
                        .with(fixture.logins.as(scene.mentor))
                        .with(csrf())
                        .param("decisionId", decision.toString())
                        .param("text", "Nobody does it"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        mvc.perform(get("/meetings/{id}", meeting)
                        .with(fixture.logins.as(scene.mentor))
                        .flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-decision-refused")))
                .andExpect(content().string(containsString("Nobody does it")));
        fixture.call("hse", get("/api/v1/actions/{id}", decision), null).andExpect(status().isNotFound());
    }

    @Test
    void aContractorSeesItsOwnMeetingsOnlyAWorkerNoneAndOnlyTheMentorOrTheSafetyDepartmentHoldsThem() throws Exception {
        var meeting = UUID.fromString(JsonPath.read(body(open(today)), "$.id"));
        var other = fixture.contractor("Other").supervisor();

        fixture.call(supervisor, get("/api/v1/meetings/{id}", meeting), null).andExpect(status().isOk());
        fixture.call(other, get("/api/v1/meetings/{id}", meeting), null).andExpect(status().isNotFound());
        fixture.call(other, get("/api/v1/meetings").param("engagementId", engagement.toString()), null)
                .andExpect(jsonPath("$.items", hasSize(0)));
        fixture.call(supervisor, get("/api/v1/meetings").param("engagementId", engagement.toString()), null)
                .andExpect(jsonPath("$.items[*].id", hasItem(meeting.toString())));
        fixture.call("worker", get("/api/v1/meetings/{id}", meeting), null).andExpect(status().isForbidden());
        fixture.call("manager", get("/api/v1/meetings/{id}", meeting), null).andExpect(status().isOk());

        for (var user : List.of(supervisor, "manager", "worker", "director")) {
            attend(meeting, scene.mentorPerson, true, user).andExpect(status().isForbidden());
            fixture.call(user, post("/api/v1/meetings"), openJson(UUID.randomUUID(), today))
                    .andExpect(status().isForbidden());
        }
        attend(meeting, scene.mentorPerson, true, other).andExpect(status().isNotFound());
        attend(meeting, scene.mentorPerson, true, scene.mentor).andExpect(status().isOk());

        mvc.perform(get("/meetings/{id}", meeting).with(fixture.logins.as(other)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/meetings/{id}", meeting).with(fixture.logins.as("worker")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/meetings/{id}", meeting).with(fixture.logins.as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-agenda")))
                .andExpect(content().string(not(containsString("data-add-decision"))));
        mvc.perform(get("/meetings/{id}", meeting).with(fixture.logins.as(scene.mentor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-add-decision")));
        mvc.perform(get("/meetings/engagements/{id}", engagement).with(fixture.logins.as(other)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/meetings/{id}/attendees", meeting)
                        .with(fixture.logins.as(supervisor))
                        .with(csrf())
                        .param("personId", supervisorPerson.toString()))
                .andExpect(status().isForbidden());
        fixture.call("hse", get("/api/v1/meetings/{id}", meeting), null).andExpect(jsonPath("$.attendees", hasSize(1)));
    }

    /**
     * Every change to a meeting over the API: refused to the contractor's own supervisor, a line manager who is not its
     * mentor, a worker and a director (403), told nothing to another contractor (404), and nothing written.
     */
    @Test
    void noChangeToAMeetingIsMadeByTheWrongRoleOrAnotherContractor() throws Exception {
        var meeting = UUID.fromString(JsonPath.read(body(open(today)), "$.id"));
        attend(meeting, scene.mentorPerson, true).andExpect(status().isOk());
        var before = body(fixture.call("hse", get("/api/v1/meetings/{id}", meeting), null));
        var history = body(fixture.call("hse", get("/api/v1/meetings/{id}/history", meeting), null));
        var other = fixture.contractor("Another").supervisor();
        var changes = new LinkedHashMap<String, String>();
        changes.put("/api/v1/meetings/{id}/reschedule", "{'heldAt':'%s','place':'Gate 2'}".formatted(heldAt(today)));
        changes.put("/api/v1/meetings/{id}/attendees/" + scene.mentorPerson + "/remove", null);
        changes.put("/api/v1/meetings/{id}/items", "{'title':'Ladders'}");
        changes.put(
                "/api/v1/meetings/{id}/decisions",
                "{'id':'%s','text':'Tag the ladders','ownerPersonId':'%s'}"
                        .formatted(UUID.randomUUID(), supervisorPerson));
        changes.put("/api/v1/meetings/{id}/close", null);
        changes.put("/api/v1/meetings/{id}/void", "{'reason':'Wrong day'}");
        for (var change : changes.entrySet()) {
            for (var user : List.of(supervisor, "manager", "worker", "director")) {
                fixture.call(user, post(change.getKey(), meeting), change.getValue())
                        .andExpect(status().isForbidden());
            }
            fixture.call(other, post(change.getKey(), meeting), change.getValue())
                    .andExpect(status().isNotFound());
        }
        fixture.call(other, put("/api/v1/meetings/rotations/{id}", engagement), pattern("7"))
                .andExpect(status().isNotFound());
        fixture.call(other, get("/api/v1/meetings/{id}/history", meeting), null).andExpect(status().isNotFound());
        fixture.call(other, get("/api/v1/meetings/{id}/minutes.pdf", meeting), null)
                .andExpect(status().isNotFound());

        assertThat(body(fixture.call("hse", get("/api/v1/meetings/{id}", meeting), null)))
                .isEqualTo(before);
        assertThat(body(fixture.call("hse", get("/api/v1/meetings/{id}/history", meeting), null)))
                .isEqualTo(history);
    }

    /** The meeting pages' forms refuse the people the API refuses, and write nothing. */
    @Test
    void noMeetingFormIsTakenFromTheWrongRoleOrAnotherContractor() throws Exception {
        var meeting = UUID.fromString(JsonPath.read(body(open(today)), "$.id"));
        var before = body(fixture.call("hse", get("/api/v1/meetings/{id}", meeting), null));
        var other = fixture.contractor("A third").supervisor();
        var forms = new LinkedHashMap<String, Map<String, String>>();
        forms.put("/meetings/" + meeting + "/items", Map.of("title", "Ladders"));
        forms.put(
                "/meetings/" + meeting + "/decisions",
                Map.of(
                        "decisionId",
                        UUID.randomUUID().toString(),
                        "text",
                        "Tag the ladders",
                        "ownerPersonId",
                        supervisorPerson.toString()));
        forms.put("/meetings/" + meeting + "/close", Map.of());
        forms.put("/meetings/" + meeting + "/void", Map.of("reason", "Wrong day"));
        forms.put(
                "/meetings/engagements/" + engagement + "/pattern",
                Map.of("blocks", "7", "startsOn", today.toString()));
        forms.put(
                "/meetings/engagements/" + engagement + "/new",
                Map.of("id", UUID.randomUUID().toString(), "day", today.toString(), "time", "10:00"));
        for (var form : forms.entrySet()) {
            for (var user : List.of(supervisor, "manager", "worker")) {
                // refused: 403, or 404 where the page does not tell a worker that the engagement exists
                submit(form.getKey(), form.getValue(), user)
                        .andExpect(result -> assertThat(result.getResponse().getStatus())
                                .as("%s by %s", form.getKey(), user)
                                .isIn(403, 404));
            }
            submit(form.getKey(), form.getValue(), other).andExpect(status().isNotFound());
        }
        assertThat(body(fixture.call("hse", get("/api/v1/meetings/{id}", meeting), null)))
                .isEqualTo(before);
        fixture.call("hse", get("/api/v1/meetings").param("engagementId", engagement.toString()), null)
                .andExpect(jsonPath("$.items", hasSize(1)));
    }

    private ResultActions submit(String path, Map<String, String> fields, String as) throws Exception {
        var request = post(path).with(fixture.logins.as(as)).with(csrf());
        fields.forEach(request::param);
        return mvc.perform(request);
    }

    /** An open action of the contractor's, raised by the safety department on its supervisor. */
    private UUID openAction() {
        var id = UUID.randomUUID();
        context.getBean(ActionPlanning.class)
                .raise(
                        new RaiseAction(
                                id,
                                "Fix the scaffold tags",
                                null,
                                SourceType.OTHER,
                                null,
                                scene.site,
                                supervisorPerson,
                                contractor,
                                LocalDate.now().plusDays(5),
                                null),
                        fixture.logins.viewer("hse"));
        return id;
    }

    /** A meeting held on the day at 10:00 on the site's clock, the mentor and the supervisor present. */
    private UUID heldMeeting(LocalDate day) throws Exception {
        var meeting = UUID.fromString(JsonPath.read(body(open(day)), "$.id"));
        attend(meeting, scene.mentorPerson, true);
        attend(meeting, supervisorPerson, true);
        signed(meeting, scene.mentorPerson, supervisorPerson);
        fixture.call(scene.mentor, post("/api/v1/meetings/{id}/close", meeting), null)
                .andExpect(status().isOk());
        return meeting;
    }

    /** Each person signs on the mentor's phone. */
    private void signed(UUID meeting, UUID... people) throws Exception {
        for (var person : people) {
            meetings.sign(meeting, person, scene.mentor, MeetingScene.signature())
                    .andExpect(status().isOk());
        }
    }

    private ResultActions open(LocalDate day) throws Exception {
        return fixture.call(scene.mentor, post("/api/v1/meetings"), openJson(UUID.randomUUID(), day));
    }

    private String openJson(UUID id, LocalDate day) {
        return "{'id':'%s','engagementId':'%s','heldAt':'%s','place':'Shop 3 office'}"
                .formatted(id, engagement, heldAt(day));
    }

    private static String heldAt(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(MOSCOW).toInstant().toString();
    }

    private String pattern(String blocks) {
        return "{'blocks':'%s','startsOn':'%s','changesAt':'00:00'}".formatted(blocks, today.minusDays(21));
    }

    private ResultActions attend(UUID meeting, UUID person, boolean present) throws Exception {
        return attend(meeting, person, present, scene.mentor);
    }

    private ResultActions attend(UUID meeting, UUID person, boolean present, String as) throws Exception {
        return fixture.call(
                as,
                post("/api/v1/meetings/{id}/attendees", meeting),
                "{'personId':'%s','present':%s}".formatted(person, present));
    }

    private ResultActions decide(UUID meeting, UUID id, String text, UUID owner) throws Exception {
        return fixture.call(
                scene.mentor,
                post("/api/v1/meetings/{id}/decisions", meeting),
                "{'id':'%s','text':'%s','ownerPersonId':'%s'}".formatted(id, text, owner));
    }

    private List<String> onboardingMeetingTick() throws Exception {
        var onboarding = body(fixture.call("hse", get("/api/v1/contractors/{id}/onboarding", contractor), null));
        return JsonPath.read(onboarding, "$.steps[?(@.kind == 'ROTATION_MEETING')].recordId");
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
