package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.audit.Checklists;
import dev.tandem.audit.InspectionFigures;
import dev.tandem.audit.InspectionKind;
import dev.tandem.audit.InspectionWork;
import dev.tandem.identity.Logins;
import dev.tandem.shared.Paging;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo plant's year of checklists, read as its people read it: the figures page's numbers are those of a plant
 * that inspects on schedule most of the time, its joint inspections are started by the contractors and signed by both
 * sides, its crane check was revised half a year in.
 */
@TandemIntegrationTest
class DemoAuditsIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    InspectionFigures figures;

    @Autowired
    Checklists checklists;

    @Autowired
    InspectionWork work;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aYearOfScheduledInspectionsIsMostlyDoneOnTimeSomeLateAFewMissed() {
        var year = figures.figures(
                new InspectionFigures.Period(null, null, null, null),
                new Logins(context).viewer("hse"),
                Locale.ENGLISH);
        assertThat(year.adherence().due()).isGreaterThan(150);
        assertThat(year.adherence().late()).isPositive();
        assertThat(year.adherence().missed()).isPositive();
        assertThat(year.adherence().percent()).isBetween(new BigDecimal("75"), new BigDecimal("97"));
        assertThat(year.byMonth()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(year.byTemplate()).hasSizeGreaterThanOrEqualTo(5);
        // the contractors that came to work: all but the prospective one and the one waiting for its approval
        assertThat(year.byContractor()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(year.total().score().percentage()).isBetween(new BigDecimal("70"), new BigDecimal("99"));
        assertThat(year.mostFailed()).isNotEmpty();
        assertThat(year.findings().findings()).isGreaterThan(30);
        assertThat(year.findings().overdue()).isPositive();
        assertThat(year.findings().open()).isLessThan(year.findings().findings() / 3);
    }

    @Test
    void theSigningInContractorsStartJointInspectionsSignedByBothSides() {
        var contractor = new Logins(context).viewer("contractor1");
        var year = figures.figures(new InspectionFigures.Period(null, null, null, null), contractor, Locale.ENGLISH);
        assertThat(year.joint()).singleElement().satisfies(count -> {
            assertThat(count.organisationId()).isEqualTo(contractor.organisationId());
            assertThat(count.completed()).isGreaterThanOrEqualTo(5);
        });
        var joint = jdbc.sql(
                        """
                        select id from audit_inspection where kind = 'JOINT' and status = 'COMPLETED'
                        and started_by_organisation_id = :organisation""")
                .param("organisation", contractor.organisationId())
                .query(java.util.UUID.class)
                .list();
        assertThat(joint).isNotEmpty().allSatisfy(id -> {
            var inspection = work.inspection(id, contractor);
            assertThat(inspection.kind()).isEqualTo(InspectionKind.JOINT);
            assertThat(inspection.signatures().contractorSignatureId()).isNotNull();
            assertThat(inspection.signatures().ownerSignatureId()).isNotNull();
        });
    }

    @Test
    void theCraneCheckWasRevisedAndItsOlderInspectionsKeepTheirVersion() {
        var hse = new Logins(context).viewer("hse");
        var crane = checklists.list("Overhead crane pre-use check", Paging.first(20), hse).items().stream()
                .filter(row -> row.title().equals("Overhead crane pre-use check"))
                .findFirst()
                .orElseThrow();
        assertThat(crane.publishedVersion()).isEqualTo(2);
        var versions = jdbc.sql("select distinct template_version from audit_inspection where template_id = :id"
                        + " and status = 'COMPLETED'")
                .param("id", crane.id())
                .query(Integer.class)
                .list();
        assertThat(versions).containsExactlyInAnyOrder(1, 2);
        assertThat(checklists.version(crane.id(), 2, hse).questions())
                .hasSize(checklists.version(crane.id(), 1, hse).questions().size() + 1);
    }

    /**
     * Every contractor is audited in each quarter it works at the plant: the two whose supervisors sign in, there all
     * year, in all four; those that came later or left in fewer; those that never came to work in none.
     */
    @Test
    void everyContractorIsAuditedEachQuarterItWorksAtThePlant() {
        var audits = new java.util.HashMap<java.util.UUID, Long>();
        jdbc.sql("select organisation_id, count(*) from audit_inspection where kind = 'CONTRACTOR_AUDIT'"
                        + " and status = 'COMPLETED' and id in (:demo) group by organisation_id")
                .param(
                        "demo",
                        java.util.stream.IntStream.range(0, 1000)
                                .mapToObj(n -> DemoRun.id("inspection", n))
                                .toList())
                .query((row, n) -> audits.put(row.getObject(1, java.util.UUID.class), row.getLong(2)))
                .list();
        var logins = new Logins(context);
        for (var login : java.util.List.of("contractor1", "contractor2")) {
            assertThat(audits.get(logins.viewer(login).organisationId()))
                    .as(login)
                    .isEqualTo(4);
        }
        var periods = DemoContractorRecords.periods(jdbc);
        assertThat(periods).allSatisfy((contractor, period) -> {
            if (period.started() == null) {
                assertThat(audits).as("never came to work").doesNotContainKey(contractor);
            }
        });
        assertThat(audits.keySet()).as("audited").hasSizeGreaterThanOrEqualTo(7);
    }
}
