package dev.tandem.meeting;

import static dev.tandem.meeting.MeetingScene.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.contractor.ContractorFixture;
import dev.tandem.shared.ReplayableClock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One site's figures of rotations with a meeting, over the API ({@code ?site=}) and on the dashboard's panel: that
 * site's engagements only, the contractors without a meeting among them only; the same rules as the enterprise's
 * figures (the wrong role refused, another contractor told nothing), and a site that does not exist not found.
 */
@TandemIntegrationTest
class MeetingFiguresIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    ContractorFixture fixture;
    MeetingScene met;
    MeetingScene missed;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ContractorFixture(mvc, context);
        met = meetsWeekly(new MeetingScene(fixture, context));
        met.held(met.open(met.today.minusDays(10)));
        missed = meetsWeekly(new MeetingScene(fixture, context));
    }

    private MeetingScene meetsWeekly(MeetingScene meetings) throws Exception {
        fixture.call(
                        meetings.scene.mentor,
                        put("/api/v1/meetings/rotations/{id}", meetings.engagement),
                        "{'blocks':'7','startsOn':'%s','changesAt':'00:00'}".formatted(meetings.today.minusDays(21)))
                .andExpect(status().isOk());
        return meetings;
    }

    private String figures(String user, UUID site) throws Exception {
        return body(fixture.call(user, get("/api/v1/meetings/figures").param("site", site.toString()), null)
                .andExpect(status().isOk()));
    }

    @Test
    void aSitesFiguresCountItsOwnEngagementsOnly() throws Exception {
        var atMet = figures("hse", met.scene.site);
        assertThat(JsonPath.<List<String>>read(atMet, "$.sites[*].id")).containsExactly(met.scene.site.toString());
        assertThat(JsonPath.<List<String>>read(atMet, "$.contractors[*].id"))
                .containsExactly(met.contractor.toString());
        assertThat(JsonPath.<Integer>read(atMet, "$.total.rotations")).isEqualTo(3);
        assertThat(JsonPath.<Integer>read(atMet, "$.total.met")).isEqualTo(1);

        var atMissed = figures("director", missed.scene.site);
        assertThat(JsonPath.<List<String>>read(atMissed, "$.contractors[*].id"))
                .containsExactly(missed.contractor.toString());
        assertThat(JsonPath.<Integer>read(atMissed, "$.total.missed")).isEqualTo(3);

        var everywhere = body(fixture.call("hse", get("/api/v1/meetings/figures"), null));
        assertThat(JsonPath.<List<String>>read(everywhere, "$.sites[*].id"))
                .contains(met.scene.site.toString(), missed.scene.site.toString());
    }

    @Test
    void aSitesFiguresRefuseTheWrongRoleTellAnotherContractorNothingAndAnUnknownSiteIsNotFound() throws Exception {
        fixture.call("worker", get("/api/v1/meetings/figures").param("site", met.scene.site.toString()), null)
                .andExpect(status().isForbidden());

        var theirs = figures(met.supervisor, met.scene.site);
        assertThat(JsonPath.<List<String>>read(theirs, "$.contractors[*].id"))
                .containsExactly(met.contractor.toString());
        var notTheirs = figures(met.supervisor, missed.scene.site);
        assertThat(JsonPath.<List<String>>read(notTheirs, "$.contractors[*].id"))
                .isEmpty();
        assertThat(JsonPath.<Integer>read(notTheirs, "$.total.rotations")).isZero();
        assertThat(notTheirs).doesNotContain(missed.contractor.toString(), missed.scene.mentorPerson.toString());

        fixture.call(
                        "hse",
                        get("/api/v1/meetings/figures")
                                .param("site", UUID.randomUUID().toString()),
                        null)
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void aSitesPanelListsTheContractorsWithoutAMeetingAtThatSiteOnly() throws Exception {
        var everywhere = body(fixture.call("hse", get("/api/v1/meetings/figures"), null));
        var metName = name(everywhere, met.contractor);
        var missedName = name(everywhere, missed.contractor);

        var panel = mvc.perform(get("/meetings/figures/panel")
                        .param("site", missed.scene.site.toString())
                        .with(fixture.logins.as("director")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(panel).contains(missedName, "0 %").doesNotContain(metName);
    }

    /**
     * Weekly rotations from three weeks ago, changing at midnight: the second one, from 14 days ago to 7 days ago, had
     * the meeting of 10 days ago and runs past a period ending 10 days ago. Asked while it was under way and asked now
     * that it has ended, that period counts only the first rotation; the next period counts the second. (The periods'
     * days are on the enterprise's clock, the crew changes at midnight on the site's: each period ends a day or more
     * from a change.)
     */
    @Test
    void aRotationRunningPastThePeriodsEndCountsInTheNextPeriodHoweverLateTheFiguresAreAsked() throws Exception {
        var today = met.today;
        var whileUnderWay =
                today.minusDays(8).atTime(12, 0).atZone(MeetingScene.MOSCOW).toInstant();
        var clock = context.getBean(ReplayableClock.class);

        var asked = clock.replay(whileUnderWay, () -> periodFigures(today.minusDays(21), today.minusDays(10)));
        var askedLater = periodFigures(today.minusDays(21), today.minusDays(10));

        for (var answer : List.of(asked, askedLater)) {
            assertThat(JsonPath.<Integer>read(answer, "$.total.rotations")).isEqualTo(1);
            assertThat(JsonPath.<Integer>read(answer, "$.total.met")).isZero();
        }
        var next = periodFigures(today.minusDays(9), today);
        assertThat(JsonPath.<Integer>read(next, "$.total.rotations")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(next, "$.total.met")).isEqualTo(1);
        var both = periodFigures(today.minusDays(21), today);
        assertThat(JsonPath.<Integer>read(both, "$.total.rotations"))
                .as("each rotation once")
                .isEqualTo(3);
    }

    /** The met scene's site's figures of a period, as the safety department reads them. */
    private String periodFigures(LocalDate from, LocalDate to) {
        try {
            return body(fixture.call(
                            "hse",
                            get("/api/v1/meetings/figures")
                                    .param("site", met.scene.site.toString())
                                    .param("from", from.toString())
                                    .param("to", to.toString()),
                            null)
                    .andExpect(status().isOk()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String name(String figures, UUID contractor) {
        return JsonPath.<List<String>>read(figures, "$.contractors[?(@.id == '" + contractor + "')].name")
                .get(0);
    }
}
