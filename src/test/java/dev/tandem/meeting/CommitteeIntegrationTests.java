package dev.tandem.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
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
import dev.tandem.action.ActionPlanning;
import dev.tandem.action.RaiseAction;
import dev.tandem.action.SourceType;
import dev.tandem.contractor.ContractorFixture;
import dev.tandem.contractor.EngagementScene;
import dev.tandem.identity.Accounts;
import dev.tandem.identity.OpenAccount;
import dev.tandem.organisation.DefineSite;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.organisation.RegisterPerson;
import dev.tandem.shared.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A site's safety committee through the same machinery as the rotation meetings: its members and monthly schedule
 * with the next meeting due on the site's clock, a meeting whose agenda built itself from the site's records (an open
 * action, a stop of work, a fatal risk), its members invited, decisions that become actions, the minutes, and what it
 * carried over on the next one's agenda. The site's managers and safety department hold it, directors read it, a
 * contractor sees only a meeting it was invited to; bad input writes nothing.
 */
@TandemIntegrationTest
class CommitteeIntegrationTests {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    ContractorFixture fixture;
    EngagementScene scene;
    UUID site;
    String supervisor;
    UUID supervisorPerson;
    LocalDate today;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ContractorFixture(mvc, context);
        scene = new EngagementScene(fixture, context);
        site = scene.site;
        supervisor = scene.contractor.supervisor();
        supervisorPerson = fixture.logins.viewer(supervisor).personId();
        today = LocalDate.now(MOSCOW);
    }

    @Test
    void aSitesCommitteeMeetsMonthlyWithTheSameAgendaRecordDecisionsAndMinutes() throws Exception {
        setCommittee(scene.mentor, 5, scene.mentorPerson, supervisorPerson)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members", hasSize(2)))
                .andExpect(jsonPath("$.meetsAt").value("10:00"));
        var action = openAction();
        fixture.call(
                        supervisor,
                        post("/api/v1/stops"),
                        "{'id':'%s','areaId':'%s','organisationId':'%s','work':'Crane lift','unsafe':'Load over people'}"
                                .formatted(UUID.randomUUID(), scene.area, scene.contractor.id()))
                .andExpect(status().isCreated());
        var risk =
                EngagementScene.identifiedRisk(context, scene.area, "Ladle transfer", scene.mentorPerson, today, true);

        var first = UUID.randomUUID();
        var opened = body(open(first, today.withDayOfMonth(1)).andExpect(status().isCreated()));
        assertThat(JsonPath.<String>read(opened, "$.kind")).isEqualTo("COMMITTEE");
        assertThat(JsonPath.<Object>read(opened, "$.engagementId")).isNull();
        assertThat(JsonPath.<List<String>>read(opened, "$.attendees[*].personId"))
                .containsExactlyInAnyOrder(scene.mentorPerson.toString(), supervisorPerson.toString());
        assertThat(JsonPath.<List<Boolean>>read(opened, "$.attendees[*].present"))
                .containsOnly(false);
        assertThat(JsonPath.<List<String>>read(opened, "$.agenda[*].source")).contains("OPEN_ACTION", "STOP_WORK");
        assertThat(JsonPath.<List<String>>read(opened, "$.agenda[?(@.source == 'OPEN_ACTION')].recordId"))
                .contains(action.toString());
        assertThat(JsonPath.<List<String>>read(opened, "$.agenda[?(@.source == 'RISK')].recordId"))
                .contains(risk.toString());

        attend(first, scene.mentorPerson, true, scene.mentor).andExpect(status().isOk());
        var decision = UUID.randomUUID();
        fixture.call(
                        scene.mentor,
                        post("/api/v1/meetings/{id}/decisions", first),
                        "{'id':'%s','text':'Barriers around the lift zone','ownerPersonId':'%s'}"
                                .formatted(decision, supervisorPerson))
                .andExpect(status().isOk());
        fixture.call(supervisor, get("/api/v1/actions/{id}", decision), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sourceType").value("MEETING"))
                .andExpect(jsonPath("$.sourceId").value(first.toString()))
                .andExpect(jsonPath("$.responsibleOrganisationId")
                        .value(scene.contractor.id().toString()));
        fixture.call(scene.mentor, post("/api/v1/meetings/{id}/close", first), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("signatures"));
        fixture.call(
                        scene.mentor,
                        multipart("/api/v1/meetings/{id}/attendees/{person}/signature", first, scene.mentorPerson)
                                .file(new MockMultipartFile(
                                        "signature", "signature.png", "image/png", MeetingScene.signature())),
                        null)
                .andExpect(status().isOk());
        fixture.call(scene.mentor, post("/api/v1/meetings/{id}/close", first), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HELD"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> fixture.call(
                        supervisor,
                        get("/api/v1/notifications")
                                .param("kind", "meeting.minutes")
                                .param("size", "100"),
                        null)
                .andExpect(jsonPath(
                        "$.items[?(@.recordId == '" + first + "')].recordPath",
                        hasItem("/meetings/" + first + "/minutes.pdf"))));

        var nextMonth = YearMonth.from(today).plusMonths(1).atDay(5);
        fixture.call("director", get("/api/v1/meetings/committees/{site}", site), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.next.due").value(nextMonth.toString()))
                .andExpect(jsonPath("$.next.overdue").value(false));

        var second = body(open(UUID.randomUUID(), today).andExpect(status().isCreated()));
        assertThat(JsonPath.<List<String>>read(second, "$.agenda[?(@.carriedFrom != null)].recordId"))
                .contains(action.toString(), risk.toString());

        var pdf = fixture.call(supervisor, get("/api/v1/meetings/{id}/minutes.pdf", first), null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("Safety committee", "Barriers around the lift zone");
        }
        mvc.perform(get("/meetings/committees/{site}", site).with(fixture.logins.as(scene.mentor)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-set-committee")))
                .andExpect(content().string(Matchers.containsString(first.toString())));
        mvc.perform(get("/meetings/{id}", first).with(fixture.logins.as(scene.mentor)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Safety committee")));
    }

    @Test
    void theNextCommitteeIsDueThisMonthUntilOneIsHeldOnTheSitesClock() throws Exception {
        setCommittee(scene.mentor, 1, scene.mentorPerson).andExpect(status().isOk());
        fixture.call("hse", get("/api/v1/meetings/committees/{site}", site), null)
                .andExpect(jsonPath("$.next.due")
                        .value(YearMonth.from(today).atDay(1).toString()))
                .andExpect(jsonPath("$.next.overdue").value(today.getDayOfMonth() > 1));
    }

    @Test
    void aContractorSeesACommitteeMeetingOnlyWhenInvitedDirectorsReadAndOnlyTheSitesManagersHold() throws Exception {
        var other = fixture.contractor("Uninvited").supervisor();
        setCommittee(scene.mentor, 5, scene.mentorPerson, supervisorPerson).andExpect(status().isOk());
        var invited = UUID.randomUUID();
        open(invited, today).andExpect(status().isCreated());
        setCommittee(scene.mentor, 5, scene.mentorPerson).andExpect(status().isOk());
        var uninvited = UUID.randomUUID();
        open(uninvited, today).andExpect(status().isCreated());

        fixture.call(supervisor, get("/api/v1/meetings/{id}", invited), null).andExpect(status().isOk());
        fixture.call(supervisor, get("/api/v1/meetings/{id}", uninvited), null).andExpect(status().isNotFound());
        fixture.call(other, get("/api/v1/meetings/{id}", invited), null).andExpect(status().isNotFound());
        fixture.call(supervisor, get("/api/v1/meetings").param("siteId", site.toString()), null)
                .andExpect(jsonPath("$.items[*].id", hasItem(invited.toString())))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(uninvited.toString()))));
        fixture.call(other, get("/api/v1/meetings").param("siteId", site.toString()), null)
                .andExpect(jsonPath("$.items", hasSize(0)));
        fixture.call(supervisor, get("/api/v1/meetings/committees/{site}", site), null)
                .andExpect(status().isNotFound());
        mvc.perform(get("/meetings/committees/{site}", site).with(fixture.logins.as(supervisor)))
                .andExpect(status().isNotFound());
        fixture.call("worker", get("/api/v1/meetings/{id}", invited), null).andExpect(status().isForbidden());
        fixture.call("worker", get("/api/v1/meetings/committees/{site}", site), null)
                .andExpect(status().isForbidden());
        fixture.call("director", get("/api/v1/meetings/{id}", uninvited), null).andExpect(status().isOk());

        var elsewhere = managerElsewhere();
        // the safety specialist of another site reads it but holds it no more than that site's managers
        for (var user : List.of(supervisor, "director", "worker", elsewhere, "hse")) {
            attend(invited, scene.mentorPerson, true, user).andExpect(status().isForbidden());
            open(UUID.randomUUID(), today, user).andExpect(status().isForbidden());
            setCommittee(user, 7, scene.mentorPerson).andExpect(status().isForbidden());
            // a replayed create of a stored meeting does not hand the record to one who may not hold it
            open(invited, today, user).andExpect(status().isForbidden());
        }
        fixture.call("worker", get("/api/v1/meetings/committees/{site}/history", site), null)
                .andExpect(status().isForbidden());
        fixture.call(supervisor, get("/api/v1/meetings/committees/{site}/history", site), null)
                .andExpect(status().isNotFound());
        mvc.perform(post("/meetings/committees/{site}/new", site)
                        .with(fixture.logins.as(supervisor))
                        .with(csrf())
                        .param("id", UUID.randomUUID().toString())
                        .param("day", today.toString())
                        .param("time", "10:00"))
                .andExpect(status().isForbidden());
        // the page's form refuses who may not hold meetings before it reads the day and time
        for (var time : List.of("", "25:99")) {
            mvc.perform(post("/meetings/committees/{site}/new", site)
                            .with(fixture.logins.as(supervisor))
                            .with(csrf())
                            .param("id", UUID.randomUUID().toString())
                            .param("day", today.toString())
                            .param("time", time))
                    .andExpect(status().isForbidden());
        }
        attend(uninvited, scene.mentorPerson, true, other).andExpect(status().isNotFound());
        attend(uninvited, scene.mentorPerson, true, supervisor).andExpect(status().isNotFound());
        mvc.perform(post("/meetings/committees/{site}", site)
                        .with(fixture.logins.as(elsewhere))
                        .with(csrf())
                        .param("dayOfMonth", "9")
                        .param("meetsAt", "09:00"))
                .andExpect(status().isForbidden());
        fixture.call("hse", get("/api/v1/meetings/committees/{site}", site), null)
                .andExpect(jsonPath("$.dayOfMonth").value(5))
                .andExpect(jsonPath("$.members", hasSize(1)));
        fixture.call("hse", get("/api/v1/meetings/{id}", invited), null)
                .andExpect(jsonPath("$.attendees", hasSize(2)))
                .andExpect(jsonPath("$.attendees[*].present", not(hasItem(true))));
        fixture.call("hse", get("/api/v1/meetings/{id}", uninvited), null)
                .andExpect(jsonPath("$.attendees", hasSize(1)))
                .andExpect(jsonPath("$.attendees[0].present").value(false));
        attend(uninvited, scene.mentorPerson, true, scene.mentor).andExpect(status().isOk());
    }

    @Test
    void badInputGetsAClearErrorAndWritesNothing() throws Exception {
        var nowhere = UUID.randomUUID();
        setCommittee(scene.mentor, 5, UUID.randomUUID())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("memberIds"));
        fixture.call(
                        scene.mentor,
                        put("/api/v1/meetings/committees/{site}", nowhere),
                        "{'dayOfMonth':5,'meetsAt':'10:00'}")
                .andExpect(status().isNotFound());
        // who may not hold meetings learns nothing of which sites there are
        fixture.call("worker", put("/api/v1/meetings/committees/{site}", nowhere), "{'dayOfMonth':5,'meetsAt':'10:00'}")
                .andExpect(status().isForbidden());
        setCommittee(scene.mentor, 31, scene.mentorPerson)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dayOfMonth"));
        fixture.call("hse", get("/api/v1/meetings/committees/{site}", site), null)
                .andExpect(status().isNotFound());

        var none = UUID.randomUUID();
        open(none, today)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("siteId"));
        fixture.call(scene.mentor, post("/api/v1/meetings"), "{'id':'%s','heldAt':'%s'}".formatted(none, heldAt(today)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("engagementId"));
        fixture.call("hse", get("/api/v1/meetings/{id}", none), null).andExpect(status().isNotFound());

        setCommittee(scene.mentor, 5, scene.mentorPerson).andExpect(status().isOk());
        var meeting = UUID.randomUUID();
        open(meeting, today).andExpect(status().isCreated());
        attend(meeting, supervisorPerson, true, scene.mentor)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personId"))
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("the committee invites")));
        var decision = UUID.randomUUID();
        fixture.call(
                        scene.mentor,
                        post("/api/v1/meetings/{id}/decisions", meeting),
                        "{'id':'%s','text':'Nobody does it'}".formatted(decision))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ownerPersonId"));
        fixture.call("hse", get("/api/v1/actions/{id}", decision), null).andExpect(status().isNotFound());
        fixture.call(scene.mentor, post("/api/v1/meetings/{id}/close", meeting), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("attendees"))
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("someone of the plant")));
        fixture.call("hse", get("/api/v1/meetings/{id}", meeting), null)
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.decisions", hasSize(0)))
                .andExpect(jsonPath("$.attendees", hasSize(1)));
    }

    private ResultActions setCommittee(String as, int day, UUID... members) throws Exception {
        return setCommittee(as, site, day, members);
    }

    private ResultActions setCommittee(String as, UUID onSite, int day, UUID... members) throws Exception {
        var ids = String.join(
                ",", java.util.Arrays.stream(members).map(id -> "'" + id + "'").toList());
        return fixture.call(
                as,
                put("/api/v1/meetings/committees/{site}", onSite),
                "{'dayOfMonth':%d,'meetsAt':'10:00','memberIds':[%s]}".formatted(day, ids));
    }

    private ResultActions open(UUID id, LocalDate day) throws Exception {
        return open(id, day, scene.mentor);
    }

    private ResultActions open(UUID id, LocalDate day, String as) throws Exception {
        return fixture.call(
                as,
                post("/api/v1/meetings"),
                "{'id':'%s','siteId':'%s','heldAt':'%s','language':'en'}".formatted(id, site, heldAt(day)));
    }

    private static String heldAt(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(MOSCOW).toInstant().toString();
    }

    private ResultActions attend(UUID meeting, UUID person, boolean present, String as) throws Exception {
        return fixture.call(
                as,
                post("/api/v1/meetings/{id}/attendees", meeting),
                "{'personId':'%s','present':%s}".formatted(person, present));
    }

    /** An action open on the committee's site, owned by the plant. */
    private UUID openAction() {
        var id = UUID.randomUUID();
        context.getBean(ActionPlanning.class)
                .raise(
                        new RaiseAction(
                                id,
                                "Fix the crane's limit switch",
                                null,
                                SourceType.OTHER,
                                null,
                                site,
                                scene.mentorPerson,
                                fixture.logins.viewer("admin").organisationId(),
                                today.plusDays(5),
                                null),
                        fixture.logins.viewer("hse"));
        return id;
    }

    /** A line manager of another site, who signs in. */
    private String managerElsewhere() {
        var admin = fixture.logins.viewer("admin");
        var code = "C" + UUID.randomUUID().toString().substring(0, 8);
        var other = context.getBean(PlantStructure.class)
                .createSite(null, DefineSite.named(code, "Other " + code, "Europe/Moscow", null), admin)
                .id();
        var person = context.getBean(OrganisationRegister.class)
                .addPerson(
                        null,
                        new RegisterPerson(
                                admin.organisationId(),
                                "Manager " + code,
                                "Shop manager",
                                other,
                                null,
                                null,
                                null,
                                null),
                        admin)
                .record();
        var username = "elsewhere" + code.toLowerCase();
        context.getBean(Accounts.class)
                .open(
                        new OpenAccount(username, person.id(), Set.of(Role.LINE_MANAGER), "committee-test-password-1"),
                        admin);
        return username;
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
