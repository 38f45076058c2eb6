package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.action.ActionPlanning;
import dev.tandem.action.ActionStatus;
import dev.tandem.event.EventReview;
import dev.tandem.event.EventStatus;
import dev.tandem.identity.Logins;
import dev.tandem.shared.Precondition;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The enterprise-scale plant, small: its own application with its own embedded database (the other integration tests
 * share the standard demo plant), generated in bulk at start as {@code tandem.demo.size=enterprise} asks. Its rows
 * must be what the application itself would store: the services read them, take further steps on them, and the
 * figures count them. It is the Russian plant (the test profile asks for the English one), so that the rows written in
 * bulk show they are in the demo's language too.
 */
@SpringBootTest(
        properties = {
            // its own embedded server even where the other tests run against an external one (as in CI)
            "spring.datasource.url=",
            "tandem.database.embedded.directory=target/test-postgres-enterprise",
            "tandem.demo.size=enterprise",
            "tandem.demo.bulk.sites=3",
            "tandem.demo.bulk.contractors=12",
            "tandem.demo.bulk.people=1200",
            "tandem.demo.bulk.events=30000",
            "tandem.demo.bulk.years=3",
            "tandem.demo.bulk.actions=6000",
            "tandem.demo.bulk.risks=1200",
            "tandem.demo.bulk.fatal-risks=24",
            "tandem.demo.bulk.eliminated-fatal-risks=21",
            "tandem.demo.bulk.engagements=30",
            "tandem.demo.language=ru"
        })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoEnterpriseIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    ActionPlanning planning;

    @Autowired
    EventReview review;

    @Test
    void hasExactlyTheCountsAskedForAndEveryDemoLogin() {
        assertThat(count("select count(*) from site")).isEqualTo(3);
        assertThat(count("select count(*) from organisation where kind = 'CONTRACTOR'"))
                .isEqualTo(12);
        assertThat(count("select count(*) from person")).isEqualTo(1200);
        assertThat(count("select count(*) from safety_event")).isEqualTo(30000);
        assertThat(count("select count(*) from corrective_action where source_type = 'EVENT'"))
                .isEqualTo(6000);
        assertThat(count("select count(*) from risk_entry")).isEqualTo(1200);
        var logins = new Logins(context);
        Arrays.stream(DemoLogin.values())
                .forEach(login ->
                        assertThat(logins.viewer(login.username()).roles()).contains(login.role()));
    }

    @Test
    void everyOrganisationHasItsHoursOnEverySiteWhereItsPeopleWorkForEveryMonth() {
        long crews = count("select count(distinct (organisation_id, site_id)) from person");
        long months = count("select count(distinct month) from hours_worked");
        assertThat(months).isBetween(36L, 38L);
        assertThat(count("select count(*) from hours_worked")).isEqualTo(crews * months);
        assertThat(count("select count(*) from (select distinct organisation_id, site_id from person) c"
                        + " where not exists (select 1 from hours_worked h where h.organisation_id = c.organisation_id"
                        + " and h.site_id = c.site_id)"))
                .isZero();
    }

    @Test
    void eventsEndWhereTheirReviewLeftThemWithInjuriesOnlyOnReviewedIncidents() {
        assertThat(count("select count(distinct status) from safety_event")).isEqualTo(3);
        assertThat(count("select count(*) from injury i join safety_event e on e.id = i.safety_event"
                        + " where e.type <> 'INCIDENT' or e.status = 'REPORTED'"))
                .isZero();
        assertThat(count("select count(*) from safety_event e where e.type = 'INCIDENT' and e.status <> 'REPORTED'"
                        + " and not exists (select 1 from injury i where i.safety_event = e.id)"))
                .isZero();
        assertThat(count("select max(greatest(days_away, days_restricted)) from injury"))
                .isLessThanOrEqualTo(180);
        assertThat(count("select count(*) from safety_event where occurred_at > reported_at"))
                .isZero();
        assertThat(count("select count(*) from safety_event where deliberate and type <> 'VIOLATION'"))
                .isZero();
        assertThat(count("select count(*) from safety_event where voided_at is not null and voided_reason is null"))
                .isZero();
        long years = count("select count(distinct extract(year from occurred_at)) from safety_event");
        assertThat(years).isGreaterThanOrEqualTo(3);
    }

    @Test
    void actionsComeFromTheirEventsAndTheirStatesHoldTogether() {
        assertThat(count("select count(*) from corrective_action a left join safety_event e on e.id = a.source_id"
                        + " where a.source_type = 'EVENT' and (e.id is null or e.voided_at is not null"
                        + " or a.source_category <> e.type or a.site_id <> e.site_id or a.created_at < e.reported_at)"))
                .isZero();
        assertThat(count("select count(distinct status) from corrective_action"))
                .isEqualTo(4);
        assertThat(count("select count(*) from corrective_action where"
                        + " (status in ('OPEN', 'IN_PROGRESS') and (done_at is not null or verified_at is not null))"
                        + " or (status = 'DONE' and (done_at is null or completion_note is null or verified_at is not null))"
                        + " or (status = 'VERIFIED' and (done_at is null or verified_at is null or verified_by is null"
                        + " or verified_by = owner_person_id or verified_at < done_at))"))
                .isZero();
        assertThat(count("select count(*) from corrective_action a join safety_event e on e.id = a.source_id"
                        + " join organisation o on o.id = e.organisation_id"
                        + " where e.type = 'VIOLATION' and o.kind = 'CONTRACTOR'"
                        + " and a.responsible_organisation_id <> e.organisation_id"))
                .isZero();
        assertThat(count("select count(*) from corrective_action a join person p on p.id = a.owner_person_id"
                        + " join organisation o on o.id = p.organisation_id"
                        + " where o.kind = 'CONTRACTOR' and p.organisation_id <> a.responsible_organisation_id"))
                .isZero();
        assertThat(count("select count(*) from corrective_action where status in ('OPEN', 'IN_PROGRESS')"
                        + " and due_date < current_date"))
                .isGreaterThan(0);
    }

    @Test
    void theRiskRegisterSaysHowManyAreFatalAndHowManyWereEliminatedByVerifiedMeasures() throws Exception {
        assertThat(count("select count(*) from risk_entry where fatal")).isEqualTo(24);
        assertThat(count("select count(*) from risk_entry where status = 'ELIMINATED'"))
                .isEqualTo(21);
        assertThat(count("select count(*) from risk_entry where status = 'ELIMINATED' and not fatal"))
                .isZero();
        assertThat(count("select count(distinct site_id) from risk_entry")).isEqualTo(3);
        // mitigated and eliminated only after a measure that was done and verified by someone else than its owner
        assertThat(count("select count(*) from risk_entry r where r.status in ('MITIGATED', 'ELIMINATED')"
                        + " and not exists (select 1 from corrective_action a where a.source_type = 'RISK'"
                        + " and a.source_id = r.id and a.status = 'VERIFIED' and a.verified_by <> a.owner_person_id)"))
                .isZero();
        // the latest assessments on the risk agree with the assessments kept, on the current matrix's bands
        assertThat(count("select count(*) from risk_entry r join risk_matrix m on m.id = r.matrix_id"
                        + " where r.band <> m.bands[(r.likelihood - 1) * m.severity_levels + r.severity]"
                        + " or not exists (select 1 from risk_assessment x where x.risk = r.id and x.stage = 'INHERENT'"
                        + " and x.likelihood = r.likelihood and x.severity = r.severity)"))
                .isZero();
        assertThat(count("select count(*) from risk_entry r join risk_matrix m on m.id = r.residual_matrix_id"
                        + " where (r.status = 'ELIMINATED') <> (r.residual_band = 'LOW')"))
                .isZero();
        assertThat(count("select count(*) from risk_entry where status <> 'IDENTIFIED' and band is null"))
                .isZero();
        var summary = mvc.perform(get("/api/v1/risks/summary").with(new Logins(context).as("director")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<List<Integer>>read(summary, "$[-1:].identified"))
                .containsExactly(1200);
        assertThat(com.jayway.jsonpath.JsonPath.<List<Integer>>read(summary, "$[-1:].fatal"))
                .containsExactly(24);
        assertThat(com.jayway.jsonpath.JsonPath.<List<Integer>>read(summary, "$[-1:].eliminated"))
                .containsExactly(21);
        assertThat(count("select count(*) from risk_entry where hazard !~ '[А-Яа-яЁё]'"))
                .isZero();
    }

    @Test
    void everyoneHasTheTrainingTheirTradeAndRoleRequireMostOfItValidSomeExpiringExpiredOrMissing() throws Exception {
        // own staff and contractors' people alike, each record of a sign-in sheet and expiring as its period says
        assertThat(count("select count(distinct organisation_id) from training_record"))
                .isEqualTo(count("select count(distinct organisation_id) from person"));
        assertThat(count("select count(*) from training_record t join training_session s on s.id = t.session_id"
                        + " join competence c on c.id = t.competence_id where t.organisation_id <> (select organisation_id"
                        + " from person where id = t.person_id) or t.completed_on <> s.held_on"
                        + " or t.expires_on is distinct from case when t.result = 'PASSED'"
                        + " then t.completed_on + make_interval(months => c.validity_months) end"))
                .isZero();
        var figures = mvc.perform(get("/api/v1/training/figures").with(new Logins(context).as("director")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (var side : List.of("ownStaff", "contractors")) {
            assertThat(com.jayway.jsonpath.JsonPath.<Integer>read(figures, "$." + side + ".people"))
                    .as(side)
                    .isGreaterThan(300);
            assertThat(com.jayway.jsonpath.JsonPath.<Double>read(figures, "$." + side + ".percent"))
                    .as(side + ": most, not all, hold every competence required of them")
                    .isBetween(30.0, 95.0);
        }
        assertThat(com.jayway.jsonpath.JsonPath.<Integer>read(figures, "$.expiring"))
                .isPositive();
        assertThat(count("select count(*) from training_record where expires_on < current_date - 1"))
                .isPositive();
    }

    @Test
    void rowsWrittenInBulkAreInTheDemoLanguage() {
        assertThat(count(
                        "select count(*) from person where full_name !~ '^[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+$'"))
                .isZero();
        assertThat(count("select count(*) from person where position !~ '[А-Яа-яЁё]'"))
                .isZero();
        assertThat(count("select count(*) from safety_event where description !~ '[А-Яа-яЁё]'"
                        + " or voided_reason !~ '[А-Яа-яЁё]'"))
                .isZero();
        assertThat(count("select count(*) from injury where body_part !~ '[А-Яа-яЁё]'"))
                .isZero();
        assertThat(count("select count(*) from corrective_action where title !~ '[А-Яа-яЁё]'"
                        + " or completion_note !~ '[А-Яа-яЁё]' or verification_note !~ '[А-Яа-яЁё]'"))
                .isZero();
        assertThat(count("select count(*) from safety_event where voided_reason is not null"))
                .isGreaterThan(0);
    }

    @Test
    void theServicesTakeFurtherStepsOnBulkRows() {
        var hse = new Logins(context).viewer("hse");
        var done = jdbc.sql("select id from corrective_action where status = 'DONE' and owner_person_id <> :hse"
                        + " order by created_at limit 1")
                .param("hse", hse.personId())
                .query(UUID.class)
                .single();
        assertThat(planning.verify(done, Precondition.none(), hse).status()).isEqualTo(ActionStatus.VERIFIED);
        var underReview = jdbc.sql("select id from safety_event where status = 'UNDER_REVIEW' and voided_at is null"
                        + " order by occurred_at limit 1")
                .query(UUID.class)
                .single();
        assertThat(review.close(underReview, Precondition.none(), "Checked", hse)
                        .status())
                .isEqualTo(EventStatus.CLOSED);
    }

    @Test
    void theDashboardCountsTheBulkPlant() throws Exception {
        var logins = new Logins(context);
        var lastYear = count("select count(*) from safety_event where voided_at is null and type <> 'EARLY_WARNING'"
                + " and occurred_at >= (date_trunc('month', now() at time zone 'Asia/Yekaterinburg')"
                + " - interval '11 months') at time zone 'Asia/Yekaterinburg'");
        mvc.perform(get("/api/v1/figures/dashboard").header("Authorization", logins.bearer("director")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rolling12.figures.reportingRate.count").value(lastYear))
                .andExpect(jsonPath("$.rolling12.actions.closed.value").value(org.hamcrest.Matchers.greaterThan(0)));
        var contractor = logins.viewer("contractor1").organisationId();
        mvc.perform(get("/api/v1/figures/dashboard")
                        .header("Authorization", logins.bearer("contractor1"))
                        .param("organisation", contractor.toString()))
                .andExpect(status().isOk());
    }

    /**
     * Each engagement's year of rotation meetings is counted by the figures the dashboard shows: a rotation that ended
     * with a meeting in it as met, one without as missed (about one in thirty); a contractor's supervisor sees its own.
     */
    @Test
    void theFiguresCountTheYearsRotationsWithAndWithoutAMeeting() throws Exception {
        assertThat(count("select count(*) from contractor_engagement e join meeting_rotation_pattern p on p.id = e.id"
                        + " where e.status <> 'PLANNED'"))
                .isEqualTo(30);
        assertThat(count("select count(distinct blocks) from meeting_rotation_pattern"))
                .isEqualTo(4);
        assertThat(count("select count(*) from meeting_record m where m.status = 'HELD' and (exists (select 1"
                        + " from meeting_attendee a where a.meeting_record = m.id and a.present and a.signature_id is null)"
                        + " or not exists (select 1 from meeting_attendee a where a.meeting_record = m.id and a.present"
                        + " and a.organisation_id = m.organisation_id))"))
                .as("every held meeting had its contractor present and every present attendee signed")
                .isZero();
        assertThat(count("select count(*) from corrective_action a left join meeting_decision d on d.action_id = a.id"
                        + " left join meeting_record m on m.id = d.meeting_record where a.source_type = 'MEETING'"
                        + " and (m.id is null or a.source_id <> m.id or a.site_id <> m.site_id or a.created_at < m.held_at"
                        + " or a.owner_person_id <> d.owner_person_id)"))
                .as("every meeting's action is its decision's, raised at the meeting")
                .isZero();
        var logins = new Logins(context);
        var figures = mvc.perform(get("/api/v1/meetings/figures").header("Authorization", logins.bearer("director")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long rotations = com.jayway.jsonpath.JsonPath.<Number>read(figures, "$.total.rotations")
                .longValue();
        long met = com.jayway.jsonpath.JsonPath.<Number>read(figures, "$.total.met")
                .longValue();
        long missed = com.jayway.jsonpath.JsonPath.<Number>read(figures, "$.total.missed")
                .longValue();
        // a meeting of the year counts unless its rotation is still under way; one of a rotation that began before the
        // year counts though held before it: at most one of each per engagement
        long heldInTheYear = count("select count(*) from meeting_record where kind = 'ROTATION' and status = 'HELD'"
                + " and held_at >= (current_date - interval '12 months')");
        assertThat(met).isBetween(heldInTheYear - 2 * 30, heldInTheYear + 30);
        assertThat(missed).isBetween(rotations / 100, rotations / 12);
        assertThat(com.jayway.jsonpath.JsonPath.<List<?>>read(figures, "$.sites"))
                .hasSize(3);
        var contractor = logins.viewer("contractor1").organisationId();
        mvc.perform(get("/api/v1/meetings/figures").header("Authorization", logins.bearer("contractor1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contractors.length()").value(1))
                .andExpect(jsonPath("$.contractors[0].id").value(contractor.toString()))
                .andExpect(jsonPath("$.contractors[0].met").value(org.hamcrest.Matchers.greaterThan(0)));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
