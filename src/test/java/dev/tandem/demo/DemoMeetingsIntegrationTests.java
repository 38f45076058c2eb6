package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.ApiCalls;
import dev.tandem.identity.Logins;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo plant's year of rotation meetings, read as the safety department reads them: held through the year and
 * signed by everyone present, decisions on both sides with actions done and open, items discussed and carried over, a
 * few rotations missed (so some contractors' share is below 100 % and others' is 100 %), and the first meeting ticking
 * the onboarding's step; and each site's safety committee meeting every month of the year.
 */
@TandemIntegrationTest
class DemoMeetingsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    private ApiCalls calls;
    private List<UUID> meetings;

    @BeforeEach
    void calls() {
        calls = new ApiCalls(mvc, new Logins(context));
        meetings =
                IntStream.range(0, 1000).mapToObj(n -> DemoRun.id("meeting", n)).toList();
    }

    @Test
    void aYearOfMeetingsHeldAndSignedWithItemsConcludedAndDecisionsOnBothSides() {
        var held = row(
                """
                select count(*) as meetings, count(distinct organisation_id) as contractors,
                       min(held_at) < now() - interval '300 days' as a_year
                from meeting_record where id in (:ids) and status = 'HELD'""");
        assertThat((Long) held.get("meetings")).isGreaterThan(40);
        assertThat((Long) held.get("contractors")).isEqualTo(7);
        assertThat(held.get("a_year")).isEqualTo(true);
        assertThat(
                        count(
                                """
                        select count(*) from meeting_attendee a
                        where a.meeting_record in (:ids) and a.present and a.signature_id is null"""))
                .as("every present attendee signed")
                .isZero();
        assertThat(count("select count(*) from meeting_item where meeting_record in (:ids) and outcome = 'DISCUSSED'"))
                .isPositive();
        assertThat(
                        count(
                                "select count(*) from meeting_item where meeting_record in (:ids) and outcome = 'CARRIED_OVER'"))
                .isPositive();
        assertThat(jdbc.sql(
                                """
                                select distinct o.kind from meeting_decision d
                                join organisation o on o.id = d.responsible_organisation_id
                                where d.meeting_record in (:ids)""")
                        .param("ids", meetings)
                        .query(String.class)
                        .list())
                .as("decisions owned on either side")
                .containsExactlyInAnyOrder("OWNER", "CONTRACTOR");
        assertThat(jdbc.sql(
                                """
                                select distinct a.status from corrective_action a
                                join meeting_decision d on d.action_id = a.id
                                where d.meeting_record in (:ids)""")
                        .param("ids", meetings)
                        .query(String.class)
                        .list())
                .as("some of their actions done, some still open")
                .contains("DONE", "OPEN");
    }

    @Test
    void eachSitesSafetyCommitteeMetEveryMonthOfTheYearSignedWithDecisionsRaisedAsActions() throws Exception {
        var committees = IntStream.rangeClosed(1, 400)
                .mapToObj(n -> DemoRun.id("committee-meeting", n))
                .toList();
        var held = jdbc.sql(
                        """
                        select count(*) as meetings, count(distinct site_id) as sites,
                               count(distinct date_trunc('month', held_at)) as months,
                               count(*) filter (where engagement_id is not null or organisation_id is not null) as others
                        from meeting_record where id in (:ids) and status = 'HELD' and kind = 'COMMITTEE'""")
                .param("ids", committees)
                .query()
                .singleRow();
        assertThat((Long) held.get("sites")).isGreaterThan(1);
        assertThat((Long) held.get("months"))
                .as("a meeting every month of the year")
                .isGreaterThanOrEqualTo(11);
        assertThat((Long) held.get("meetings")).isGreaterThanOrEqualTo(11 * (Long) held.get("sites"));
        assertThat((Long) held.get("others")).as("a site's, no contractor's").isZero();
        assertThat(count(
                        "select count(*) from meeting_attendee where meeting_record in (:ids) and present"
                                + " and signature_id is null",
                        committees))
                .as("every present member signed")
                .isZero();
        assertThat(count(
                        "select count(*) from meeting_item where meeting_record in (:ids) and outcome = 'CARRIED_OVER'"
                                + " and note is not null",
                        committees))
                .as("items carried over with their reason")
                .isPositive();
        assertThat(jdbc.sql(
                                """
                                select distinct a.status from corrective_action a
                                join meeting_decision d on d.action_id = a.id
                                where d.meeting_record in (:ids) and a.source_type = 'MEETING'""")
                        .param("ids", committees)
                        .query(String.class)
                        .list())
                .as("decisions raised as actions, most done, some still open")
                .contains("DONE", "OPEN");
        var site = jdbc.sql("select site_id from meeting_record where id = :id")
                .param("id", committees.get(0))
                .query(UUID.class)
                .single();
        var committee = calls.call("director", get("/api/v1/meetings/committees/" + site), null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<Integer>read(committee, "$.dayOfMonth")).isEqualTo(DemoCommittees.DAY);
        assertThat(JsonPath.<List<String>>read(committee, "$.members[*].name")).hasSizeGreaterThan(2);
        assertThat(JsonPath.<Boolean>read(committee, "$.next.overdue")).isFalse();
    }

    @Test
    void aFewRotationsWereMissedAndTheFirstMeetingTickedTheOnboarding() throws Exception {
        var figures = body("/api/v1/meetings/figures?from=2000-01-01");
        List<Map<String, Object>> lines = JsonPath.read(figures, "$.contractors[?(@.rotations > 0)]");
        assertThat(lines)
                .as("some contractors met every rotation, some missed a few")
                .anySatisfy(line -> assertThat(line.get("met")).isEqualTo(line.get("rotations")))
                .anySatisfy(line -> assertThat(((Number) line.get("met")).longValue())
                        .isLessThan(((Number) line.get("rotations")).longValue()));

        var scaffolding = new Logins(context).viewer("contractor1").organisationId();
        // ticked by the contractor module's listener once the demo's meetings were committed
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var onboarding = body("/api/v1/contractors/" + scaffolding + "/onboarding");
            List<String> ticked = JsonPath.read(onboarding, "$.steps[?(@.kind == 'ROTATION_MEETING')].recordId");
            assertThat(ticked).hasSize(1);
            assertThat(meetings).contains(UUID.fromString(ticked.get(0)));
        });
    }

    private String body(String path) throws Exception {
        return calls.call("hse", get(path), null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private Map<String, Object> row(String sql) {
        return jdbc.sql(sql).param("ids", meetings).query().singleRow();
    }

    private long count(String sql) {
        return count(sql, meetings);
    }

    private long count(String sql, List<UUID> ids) {
        return jdbc.sql(sql).param("ids", ids).query(Long.class).single();
    }
}
