package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import dev.tandem.risk.RoadmapFigures;
import dev.tandem.risk.Roadmaps;
import dev.tandem.risk.TopRiskChoice;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo plant's risk register: fifty risks in each of its twelve areas, in every status, some fatal, some with a
 * verified measure and a residual assessment, some accepted by the site's director, some due for review; and each
 * site's top five with roadmaps whose milestones are verified on time, verified late, open and overdue.
 */
@TandemIntegrationTest
class DemoRisksIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Roadmaps roadmaps;

    @Autowired
    TopRiskChoice choice;

    @Test
    void everyAreaHasFiftyRisksInEveryStatusSomeFatalSomeAcceptedAndSomeDueForReview() {
        assertThat(demoCount("select count(*) from risk_entry where id in (:ids)"))
                .isEqualTo(600);
        assertThat(demoCount("select count(distinct area_id) from risk_entry where id in (:ids)"))
                .isEqualTo(12);
        assertThat(jdbc.sql("select status from risk_entry where id in (:ids) group by status")
                        .param("ids", demoRisks())
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("IDENTIFIED", "ASSESSED", "MITIGATED", "ELIMINATED", "ACCEPTED");
        assertThat(demoCount("select count(*) from risk_entry where id in (:ids) and fatal"))
                .isBetween(20L, 120L);
        assertThat(demoCount("select count(*) from risk_entry where id in (:ids) and status = 'ELIMINATED'"))
                .isBetween(5L, 60L);
        assertThat(demoCount("select count(*) from risk_entry r join hazard_category c on c.id = r.hazard_category_id"
                        + " where r.id in (:ids) and c.code in ('MOLTEN_METAL', 'GAS', 'TRAFFIC', 'CONFINED_SPACE')"))
                .isGreaterThan(100);
        assertThat(demoCount("select count(*) from risk_entry where id in (:ids) and status = 'ACCEPTED'"
                        + " and (acceptance_justification is null or accepted_by is null)"))
                .isZero();
        assertThat(demoCount("select count(*) from risk_entry where id in (:ids) and status = 'ACCEPTED'"))
                .isPositive();
        assertThat(demoCount("select count(*) from risk_entry where id in (:ids)"
                        + " and review_date < (now() at time zone 'Asia/Yekaterinburg')::date"))
                .isBetween(10L, 120L);
    }

    @Test
    void theRiskAfterMeasuresRestsOnAVerifiedMeasureAndEveryAssessmentKeepsItsMatrix() {
        assertThat(demoCount("select count(*) from risk_entry r where r.id in (:ids)"
                        + " and r.status in ('MITIGATED', 'ELIMINATED') and not exists (select 1 from"
                        + " corrective_action_fact a where a.source_id = r.id and a.status = 'VERIFIED'"
                        + " and a.verified_at < (select max(s.assessed_at) from risk_assessment s"
                        + " where s.risk = r.id and s.stage = 'RESIDUAL'))"))
                .isZero();
        assertThat(demoCount("select count(*) from risk_entry r where r.id in (:ids) and r.status <> 'IDENTIFIED'"
                        + " and not exists (select 1 from risk_assessment s where s.risk = r.id"
                        + " and s.stage = 'INHERENT' and s.matrix_id = r.matrix_id)"))
                .isZero();
        assertThat(demoCount("select count(*) from corrective_action_fact a where a.source_id in (:ids)"
                        + " and a.status in ('OPEN', 'IN_PROGRESS')"))
                .as("measures still open")
                .isGreaterThan(20);
    }

    /**
     * Each site's roadmaps as {@code DemoRisks.roadmap} plans them: four milestones each; verified 3, 1, 2, 1 and 1
     * (8 of 20 a site); late 0, 1, 0, 1 and 2 (so three roadmaps late, two on time).
     */
    @Test
    void eachSiteHasItsTopFiveWithRoadmapsOnTimeAndLate() {
        var director = new Logins(context).viewer("director");
        var sites = roadmaps.sites(director).stream()
                .filter(site -> demoRisks()
                        .contains(
                                site.risks().isEmpty()
                                        ? null
                                        : site.risks().get(0).risk().id()))
                .toList();
        assertThat(sites).hasSize(3);
        for (var site : sites) {
            var figures = site.risks().stream().map(top -> top.figures()).toList();
            assertThat(figures).extracting(RoadmapFigures::rank).containsExactly(1, 2, 3, 4, 5);
            assertThat(figures).extracting(RoadmapFigures::milestones).containsOnly(DemoRisks.MILESTONES);
            assertThat(figures).extracting(RoadmapFigures::verified).containsExactly(3, 1, 2, 1, 1);
            assertThat(figures).extracting(RoadmapFigures::lateMilestones).containsExactly(0, 1, 0, 1, 2);
            assertThat(site.risks())
                    .allSatisfy(top -> assertThat(top.risk().band()).isNotNull());
            assertThat(site.risks().stream()
                            .map(top -> top.risk().areaId())
                            .distinct()
                            .count())
                    .isGreaterThan(1);
            // chosen in one order, then changed to this one; tests of the register may have changed it since and back
            assertThat(choice.history(site.siteId(), director))
                    .hasSizeGreaterThanOrEqualTo(2)
                    .first()
                    .satisfies(entry -> assertThat(entry.by()).isEqualTo(siteDirector(site.siteId())));
        }
    }

    /** The name of the site's director, as the demo hired one for each site. */
    private String siteDirector(UUID siteId) {
        return jdbc.sql("select full_name from person where site_id = :site and position like 'Site Director%'")
                .param("site", siteId)
                .query(String.class)
                .single();
    }

    private long demoCount(String sql) {
        return jdbc.sql(sql).param("ids", demoRisks()).query(Long.class).single();
    }

    private static List<UUID> demoRisks() {
        return IntStream.range(0, 1000).mapToObj(n -> DemoRun.id("risk", n)).toList();
    }
}
