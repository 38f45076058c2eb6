package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import dev.tandem.kpi.figures.FigureScope;
import dev.tandem.kpi.figures.KpiFigures;
import dev.tandem.shared.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@TandemIntegrationTest
class DemoPlantIntegrationTests {

    @Autowired
    DemoPlant demoPlant;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    KpiFigures figures;

    @Test
    void theDemoPlantHasSitesAreasContractorsAndPeople() {
        assertThat(count("select count(*) from site where code in ('UMW', 'URM', 'UOY')"))
                .isEqualTo(3);
        assertThat(count("select count(*) from area where owner_id is not null"))
                .isGreaterThanOrEqualTo(12);
        assertThat(count("select count(*) from organisation where kind = 'OWNER'"))
                .isEqualTo(1);
        assertThat(count("select count(distinct status) from organisation where kind = 'CONTRACTOR'"))
                .isEqualTo(5);
        assertThat(count("select count(*) from person")).isGreaterThanOrEqualTo(300);
    }

    /** The test profile asks for the English plant (tandem.demo.language=en); the Russian one has its own tests. */
    @Test
    void theEnglishPlantWritesNothingInCyrillic() {
        var written = DemoWrittenTexts.read(jdbc);
        assertThat(written)
                .allSatisfy(
                        (what, texts) -> assertThat(texts).as(what).isNotEmpty().noneSatisfy(text -> assertThat(text)
                                .containsPattern("\\p{IsCyrillic}")));
        assertThat(written.get("person name"))
                .allSatisfy(name -> assertThat(name).matches("[A-Z][a-z]+ [A-Z][a-z]+"));
        assertThat(jdbc.sql("select language from enterprise")
                        .query(String.class)
                        .single())
                .isEqualTo("en");
    }

    @Test
    void everyRoleHasALoginAndContractorLoginsBelongToTwoContractors() {
        var logins = new Logins(context);
        Arrays.stream(DemoLogin.values())
                .forEach(login ->
                        assertThat(logins.viewer(login.username()).roles()).contains(login.role()));
        var contractor1 = logins.viewer("contractor1");
        var contractor2 = logins.viewer("contractor2");
        assertThat(contractor1.contractor()).isTrue();
        assertThat(contractor2.contractor()).isTrue();
        assertThat(contractor1.organisationId()).isNotEqualTo(contractor2.organisationId());
        assertThat(logins.viewer("contractor1.worker").organisationId()).isEqualTo(contractor1.organisationId());
        assertThat(logins.viewer("manager").roles()).containsExactly(Role.LINE_MANAGER);
    }

    @Test
    void recordsAreGeneratedThroughTheServicesSoTheyHaveHistory() {
        assertThat(count("select count(*) from history_entry"
                        + " where record_type = 'person' and kind = 'CREATED' and changed_by_name = 'Tandem'"))
                .isGreaterThanOrEqualTo(300);
    }

    @Test
    void neverGeneratesIntoADatabaseThatHoldsAPlant() {
        assertThatThrownBy(() -> demoPlant.generate(1)).isInstanceOf(IllegalStateException.class);
        assertThat(count("select count(*) from organisation where kind = 'OWNER'"))
                .isEqualTo(1);
    }

    @Test
    void theSameSeedGivesTheSameNames() {
        var texts = DemoTexts.of(DemoProperties.Language.RU);
        var first = new DemoNames(new java.util.Random(DemoRun.SEED), texts);
        var second = new DemoNames(new java.util.Random(DemoRun.SEED), texts);
        for (int i = 0; i < 50; i++) {
            assertThat(first.next(30).fullName()).isEqualTo(second.next(30).fullName());
        }
        assertThat(DemoRun.id("site", 1)).isEqualTo(DemoRun.id("site", 1)).isNotEqualTo(DemoRun.id("site", 2));
    }

    @Test
    void correctiveActionsOfTheYearAreInEveryStateMostlyVerifiedAndSomeOverdue() {
        var statuses = jdbc.sql("select status, count(*) from corrective_action where id in (:ids) group by status")
                .param("ids", demoActions())
                .query((rs, row) -> java.util.Map.entry(rs.getString(1), rs.getLong(2)))
                .list();
        var byStatus = statuses.stream()
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
        assertThat(byStatus).containsKeys("OPEN", "IN_PROGRESS", "DONE", "VERIFIED");
        long all = byStatus.values().stream().mapToLong(Long::longValue).sum();
        assertThat(all).isGreaterThan(200);
        assertThat(byStatus.get("VERIFIED")).isGreaterThan(all * 3 / 4);
        assertThat(
                        demoCount(
                                "select count(*) from corrective_action a where id in (:ids)"
                                        + " and status in ('OPEN', 'IN_PROGRESS') and due_date < (now() at time zone 'Asia/Yekaterinburg')::date"))
                .isGreaterThan(0);
        long late = demoCount("select count(*) from corrective_action where id in (:ids)"
                + " and (done_at at time zone 'Asia/Yekaterinburg')::date > due_date");
        long closed = demoCount("select count(*) from corrective_action where id in (:ids) and done_at is not null");
        assertThat(late).isGreaterThan(0).isLessThan(closed / 3);
        assertThat(demoCount("select count(*) from corrective_action where id in (:ids)"
                        + " and verification_note is not null"))
                .as("some work was sent back by its verifier")
                .isGreaterThan(0);
    }

    @Test
    void actionsComeFromTheirEventsAndContractorsAnswerForTheirViolations() {
        assertThat(demoCount("select count(*) from corrective_action a join safety_event e on e.id = a.source_id"
                        + " where a.id in (:ids) and a.source_type = 'EVENT' and a.source_category = e.type"
                        + " and a.site_id = e.site_id and a.created_at > e.reported_at"))
                .isEqualTo(demoCount("select count(*) from corrective_action where id in (:ids)"));
        assertThat(demoCount("select count(*) from corrective_action a join safety_event e on e.id = a.source_id"
                        + " join organisation o on o.id = e.organisation_id where a.id in (:ids)"
                        + " and e.type = 'VIOLATION' and o.kind = 'CONTRACTOR'"
                        + " and a.responsible_organisation_id <> e.organisation_id"))
                .isZero();
        assertThat(demoCount("select count(*) from corrective_action a join person p on p.id = a.owner_person_id"
                        + " join organisation o on o.id = p.organisation_id where a.id in (:ids)"
                        + " and o.kind = 'CONTRACTOR'"))
                .as("contractors' supervisors own actions too")
                .isGreaterThan(0);
    }

    @Test
    void eachStepHappenedAtItsOwnTimeAndSoDidItsHistory() {
        assertThat(count("select count(*) from safety_event where description <> ''"
                        + " and reported_at < now() - interval '300 days'"))
                .isGreaterThan(0);
        assertThat(demoCount("select count(*) from corrective_action where id in (:ids)"
                        + " and created_at < now() - interval '300 days' and status = 'VERIFIED'"))
                .isGreaterThan(0);
        var oldest = jdbc.sql("select id from corrective_action where id in (:ids) order by created_at limit 1")
                .param("ids", demoActions())
                .query(UUID.class)
                .single();
        var steps = jdbc.sql("select kind, changed_at from history_entry"
                        + " where record_type = 'corrective-action' and record_id = :id order by id")
                .param("id", oldest)
                .query((rs, row) -> rs.getString(1) + " " + rs.getTimestamp(2).toInstant())
                .list();
        assertThat(steps).hasSizeGreaterThanOrEqualTo(4);
        var times =
                steps.stream().map(step -> Instant.parse(step.split(" ")[1])).toList();
        assertThat(times).isSorted();
        assertThat(Duration.between(times.get(0), Instant.now())).isGreaterThan(Duration.ofDays(300));
    }

    @Test
    void theGravestIncidentsAndTheWorstRepeatedFailureAreInvestigatedSomeClosedWithTheirLessonsOneStillOpen() {
        var ids = IntStream.range(0, 10)
                .mapToObj(n -> DemoRun.id("investigation", n))
                .toList();
        var byStatus = jdbc.sql("select status, count(*) from investigation where id in (:ids) group by status")
                .param("ids", ids)
                .query((rs, row) -> rs.getString(1) + "=" + rs.getLong(2))
                .list();
        assertThat(byStatus).contains("OPEN=1");
        assertThat(count("select count(*) from investigation where status = 'CLOSED' and equipment_id is not null"
                        + " and id in ('"
                        + String.join("','", ids.stream().map(UUID::toString).toList()) + "')"))
                .as("the worst repeated failure, closed")
                .isOne();
        assertThat(jdbc.sql(
                                """
                        select count(*) from investigation_lesson l join investigation i on i.id = l.investigation_id
                        where l.status = 'PUBLISHED' and i.status = 'CLOSED' and i.id in (:ids)""")
                        .param("ids", ids)
                        .query(Long.class)
                        .single())
                .as("closed investigations with their lessons published")
                .isGreaterThanOrEqualTo(2);
        assertThat(count("select count(*) from lesson_on_screen")).isPositive();
        assertThat(jdbc.sql(
                                """
                        select count(*) from corrective_action
                        where source_type = 'INVESTIGATION' and status = 'VERIFIED' and source_id in (:ids)""")
                        .param("ids", ids)
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void theDashboardShowsActionsAndViolationEliminationWorthLookingAt() {
        var hse = new Logins(context).viewer("hse");
        var year = figures.dashboard(FigureScope.enterprise(), Optional.empty(), hse)
                .rolling12();
        assertThat(year.actions().closed().value()).isGreaterThan(100);
        assertThat(year.actions().onTimePercent()).isBetween(60.0, 98.0);
        assertThat(year.actions().open().value()).isGreaterThan(0);
        var violations = year.violations();
        assertThat(violations.verified().value())
                .isGreaterThan(violations.open().value());
        assertThat(violations.eliminatedPercent()).isBetween(70.0, 99.9);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** Counts among the demo's own actions, whatever other tests raise beside them. */
    private long demoCount(String sql) {
        return jdbc.sql(sql).param("ids", demoActions()).query(Long.class).single();
    }

    private static List<UUID> demoActions() {
        return IntStream.range(0, 2000).mapToObj(n -> DemoRun.id("action", n)).toList();
    }
}
