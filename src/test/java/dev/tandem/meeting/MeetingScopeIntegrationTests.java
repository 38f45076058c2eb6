package dev.tandem.meeting;

import static dev.tandem.meeting.MeetingScene.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.contractor.ContractorFixture;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the other meeting tests leave out of the scope rules: concluding an agenda item (discussed or carried over) over
 * the API and on the page is refused to the wrong role (403) and to another contractor (404), and writes nothing; an
 * engagement's rotations and the figures tell another contractor nothing of it; the list's contractor picker offers
 * contractors only.
 */
@TandemIntegrationTest
class MeetingScopeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    ContractorFixture fixture;
    MeetingScene meetings;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ContractorFixture(mvc, context);
        meetings = new MeetingScene(fixture, context);
    }

    @Test
    void noItemIsConcludedByTheWrongRoleOrAnotherContractorOverTheApiOrOnThePage() throws Exception {
        var meeting = meetings.open(meetings.today);
        var added = body(
                fixture.call(meetings.scene.mentor, post("/api/v1/meetings/{id}/items", meeting), "{'title':'Ladders'}")
                        .andExpect(status().isOk()));
        var item = JsonPath.<List<String>>read(added, "$.agenda[?(@.title == 'Ladders')].itemId")
                .get(0);
        var before = body(fixture.call("hse", get("/api/v1/meetings/{id}", meeting), null));
        var history = body(fixture.call("hse", get("/api/v1/meetings/{id}/history", meeting), null));
        var other = fixture.contractor("Concludes elsewhere").supervisor();

        for (var outcome : List.of("DISCUSSED", "CARRIED_OVER")) {
            var json = "{'outcome':'%s','note':'Agreed'}".formatted(outcome);
            for (var user : List.of(meetings.supervisor, "manager", "worker", "director")) {
                fixture.call(user, post("/api/v1/meetings/{id}/items/{item}", meeting, item), json)
                        .andExpect(status().isForbidden());
                conclude(meeting, item, outcome, user)
                        .andExpect(result -> assertThat(result.getResponse().getStatus())
                                .as("%s on the page by %s", outcome, user)
                                .isIn(403, 404));
            }
            fixture.call(other, post("/api/v1/meetings/{id}/items/{item}", meeting, item), json)
                    .andExpect(status().isNotFound());
            conclude(meeting, item, outcome, other).andExpect(status().isNotFound());
        }

        assertThat(body(fixture.call("hse", get("/api/v1/meetings/{id}", meeting), null)))
                .isEqualTo(before);
        assertThat(body(fixture.call("hse", get("/api/v1/meetings/{id}/history", meeting), null)))
                .isEqualTo(history);
        conclude(meeting, item, "DISCUSSED", meetings.scene.mentor).andExpect(status().is3xxRedirection());
        assertThat(JsonPath.<List<String>>read(
                        body(fixture.call("hse", get("/api/v1/meetings/{id}", meeting), null)),
                        "$.agenda[?(@.title == 'Ladders')].outcome"))
                .containsExactly("DISCUSSED");
    }

    @Test
    void anEngagementsRotationsAndFiguresTellAnotherContractorNothing() throws Exception {
        fixture.call(
                        meetings.scene.mentor,
                        put("/api/v1/meetings/rotations/{id}", meetings.engagement),
                        "{'blocks':'7','startsOn':'%s','changesAt':'00:00'}".formatted(meetings.today.minusDays(21)))
                .andExpect(status().isOk());
        meetings.held(meetings.open(meetings.today.minusDays(10)));
        var other = fixture.contractor("Counts elsewhere").supervisor();
        var contractor = meetings.contractor.toString();

        fixture.call(meetings.supervisor, get("/api/v1/meetings/rotations/{id}", meetings.engagement), null)
                .andExpect(status().isOk());
        fixture.call(other, get("/api/v1/meetings/rotations/{id}", meetings.engagement), null)
                .andExpect(status().isNotFound());
        fixture.call(other, get("/api/v1/meetings/rotations/{id}/history", meetings.engagement), null)
                .andExpect(status().isNotFound());
        fixture.call("worker", get("/api/v1/meetings/rotations/{id}", meetings.engagement), null)
                .andExpect(status().isForbidden());
        mvc.perform(get("/meetings/engagements/{id}", meetings.engagement).with(fixture.logins.as("worker")))
                .andExpect(status().isForbidden());

        var theirs = body(fixture.call(meetings.supervisor, get("/api/v1/meetings/figures"), null));
        assertThat(JsonPath.<List<String>>read(theirs, "$.contractors[*].id")).containsExactly(contractor);
        var figures =
                body(fixture.call(other, get("/api/v1/meetings/figures"), null).andExpect(status().isOk()));
        assertThat(JsonPath.<List<String>>read(figures, "$.contractors[*].id")).doesNotContain(contractor);
        assertThat(JsonPath.<List<String>>read(figures, "$.mentors[*].id"))
                .doesNotContain(meetings.scene.mentorPerson.toString());
        assertThat(JsonPath.<List<String>>read(figures, "$.sites[*].id"))
                .doesNotContain(meetings.scene.site.toString());
        assertThat(JsonPath.<Integer>read(figures, "$.total.rotations")).isZero();
        fixture.call("worker", get("/api/v1/meetings/figures"), null).andExpect(status().isForbidden());

        for (var page : List.of("/meetings/figures", "/meetings/figures/panel?organisation=" + contractor)) {
            var shown = mvc.perform(get(page).with(fixture.logins.as(other)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(shown).as(page).doesNotContain("Engaged", contractor);
        }
    }

    /**
     * The meetings' list filters by kind, status, site and contractor, and its export (page and API) is the list as
     * filtered: a contractor's supervisor lists and exports its own meetings only, and asking for another contractor's
     * gives nothing; who reads no meetings is refused both.
     */
    @Test
    void theListAndItsExportFilterAndShowAContractorItsOwnMeetingsOnly() throws Exception {
        var mine = meetings.open(meetings.today.minusDays(2)).toString();
        var second = new MeetingScene(fixture, context);
        var theirs = second.open(second.today.minusDays(1)).toString();
        var ours = "organisationId=" + meetings.contractor;
        var name = JsonPath.<String>read(
                body(fixture.call("hse", get("/api/v1/meetings?" + ours), null)), "$.items[0].organisationName");
        var theirName = JsonPath.<String>read(
                body(fixture.call("hse", get("/api/v1/meetings?organisationId=" + second.contractor), null)),
                "$.items[0].organisationName");

        assertThat(listed("hse", ours + "&kind=ROTATION&status=OPEN&siteId=" + meetings.scene.site))
                .containsExactly(mine);
        assertThat(listed("hse", ours + "&kind=COMMITTEE")).isEmpty();
        assertThat(listed("hse", ours + "&status=HELD")).isEmpty();
        assertThat(listed(meetings.supervisor, "")).contains(mine).doesNotContain(theirs);
        assertThat(listed(meetings.supervisor, "organisationId=" + second.contractor))
                .isEmpty();

        for (var path : List.of("/meetings/export", "/api/v1/meetings/export")) {
            var hse = exported("hse", path, ours);
            assertThat(hse).as(path).contains(name, "Shop 3 office").doesNotContain(theirName);
            assertThat(hse.lines().count()).as(path).isEqualTo(2);
            assertThat(exported(meetings.supervisor, path, ""))
                    .as(path)
                    .contains(name)
                    .doesNotContain(theirName);
            export("worker", path, "").andExpect(status().isForbidden());
        }
        fixture.call("worker", get("/api/v1/meetings"), null).andExpect(status().isForbidden());
        var page = mvc.perform(get("/meetings?" + ours + "&kind=ROTATION").with(fixture.logins.as("hse")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("data-meeting-filter", mine, "/meetings/export?")
                .doesNotContain(theirs);
    }

    /**
     * The list's contractor picker offers the contractors the reader sees and not the owner company, whose meetings are
     * all with a contractor: the safety department every contractor, a contractor's supervisor its own only.
     */
    @Test
    void theListsContractorPickerOffersContractorsOnlyWithinWhatTheReaderSees() throws Exception {
        var second = new MeetingScene(fixture, context);
        var owner = fixture.logins.viewer("hse").organisationId().toString();

        var hse = contractorChoices("hse");
        assertThat(hse).contains(meetings.contractor.toString(), second.contractor.toString());
        assertThat(hse).doesNotContain(owner);

        assertThat(contractorChoices(meetings.supervisor)).containsExactly("", meetings.contractor.toString());
    }

    /** The values of the list page's contractor picker, as the user is shown it (the first one: all of them). */
    private List<String> contractorChoices(String user) throws Exception {
        var page = mvc.perform(get("/meetings").with(fixture.logins.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var picker = Pattern.compile("<select[^>]*name=\"organisationId\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(page);
        assertThat(picker.find()).as("the page has the contractor picker").isTrue();
        return Pattern.compile("<option value=\"([^\"]*)\"")
                .matcher(picker.group(1))
                .results()
                .map(option -> option.group(1))
                .toList();
    }

    private List<String> listed(String user, String query) throws Exception {
        return JsonPath.read(
                body(fixture.call(user, get("/api/v1/meetings?size=100&" + query), null)
                        .andExpect(status().isOk())),
                "$.items[*].id");
    }

    /** The export as CSV: it streams after the controller returns, so it is read once done. */
    private String exported(String user, String path, String query) throws Exception {
        var started =
                export(user, path, query).andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The page's export as the signed-in user, the API's with the user's token. */
    private org.springframework.test.web.servlet.ResultActions export(String user, String path, String query)
            throws Exception {
        var request = get(path + "?format=csv&" + query);
        return path.startsWith("/api/")
                ? fixture.call(user, request, null)
                : mvc.perform(request.with(fixture.logins.as(user)));
    }

    /**
     * The meeting page's pickers search the server for people of the meeting's two sides only: the contractor's on its
     * side, the owner company's on the plant's, both for a decision's owner; only whoever holds the meeting searches.
     */
    @Test
    void thePeoplePickersOfferTheTwoSidesPeopleOnlyAndOnlyToWhoeverHoldsTheMeeting() throws Exception {
        var meeting = meetings.open(meetings.today);
        var other = fixture.contractor("Picked elsewhere");
        var stranger = fixture.logins.viewer(other.supervisor()).personId().toString();
        var supervisor = meetings.supervisorPerson.toString();
        var mentor = meetings.scene.mentorPerson.toString();
        var mentorName = context.getBean(dev.tandem.organisation.OrganisationDirectory.class)
                .personName(meetings.scene.mentorPerson)
                .orElseThrow();

        var theirs = picker(meeting, "CONTRACTOR", "Supervisor", meetings.scene.mentor);
        assertThat(theirs).contains(supervisor, "Foreman").doesNotContain(stranger, mentor);
        assertThat(picker(meeting, "CONTRACTOR", mentorName, meetings.scene.mentor))
                .doesNotContain(mentor);
        assertThat(picker(meeting, "PLANT", mentorName, meetings.scene.mentor))
                .contains(mentor)
                .doesNotContain(supervisor, stranger);
        assertThat(picker(meeting, "PLANT", "Supervisor", meetings.scene.mentor))
                .doesNotContain(supervisor, stranger);
        assertThat(picker(meeting, null, "Supervisor", meetings.scene.mentor))
                .contains(supervisor)
                .doesNotContain(stranger);
        assertThat(mvc.perform(get("/meetings/{id}", meeting).with(fixture.logins.as(meetings.scene.mentor)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(supervisor, mentor, "data-person-search")
                .doesNotContain(stranger);

        for (var user : List.of(meetings.supervisor, "manager", "worker", "director")) {
            mvc.perform(get("/meetings/{id}/people", meeting)
                            .param("q", "Supervisor")
                            .with(fixture.logins.as(user)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/meetings/{id}/people", meeting)
                        .param("q", "Supervisor")
                        .with(fixture.logins.as(other.supervisor())))
                .andExpect(status().isNotFound());
    }

    private String picker(UUID meeting, String side, String q, String user) throws Exception {
        var request = get("/meetings/{id}/people", meeting).param("q", q).with(fixture.logins.as(user));
        if (side != null) {
            request.param("side", side);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private org.springframework.test.web.servlet.ResultActions conclude(
            UUID meeting, String item, String outcome, String user) throws Exception {
        return mvc.perform(post("/meetings/{id}/items/{item}", meeting, item)
                .with(fixture.logins.as(user))
                .with(csrf())
                .param("outcome", outcome)
                .param("note", "Agreed"));
    }
}
