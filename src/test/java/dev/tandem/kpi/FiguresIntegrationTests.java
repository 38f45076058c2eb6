package dev.tandem.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The figures of DESIGN §5 through the API, each test on a site of its own so the demo plant does not count, with
 * the worked checks of the issue.
 */
@TandemIntegrationTest
class FiguresIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    Logins logins;
    String hse;
    SafetyRecords records;
    UUID owner;
    YearMonth month;
    Integer baseBefore;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
        hse = logins.bearer("hse");
        records = new SafetyRecords(mvc, jdbc, hse, logins.bearer("admin"));
        owner = logins.viewer("hse").organisationId();
        month = YearMonth.now(records.enterpriseZone()).minusMonths(2);
    }

    @AfterEach
    void restoreTheBase() throws Exception {
        if (baseBefore != null) {
            records.frequencyRateBase(baseBefore);
        }
    }

    @Test
    void seventeenRecordableCasesInOneAndAHalfMillionHoursAre227Per200000Hours() throws Exception {
        var site = records.site();
        var contractor = records.contractor(SafetyRecords.unique("Rigging "));
        records.hours(contractor, site, month, "1500000", "750");
        var classes = new String[] {"LOST_TIME", "RESTRICTED_WORK", "MEDICAL_TREATMENT"};
        for (int i = 0; i < 17; i++) {
            records.injury(classes[i % 3], site, contractor, contractor, records.in(month, 1 + i), 0);
        }
        records.injury("FIRST_AID", site, contractor, contractor, records.in(month, 20), 0);
        baseBefore = records.frequencyRateBase(200_000);

        mvc.perform(figures()
                        .param("site", site.toString())
                        .param("period", "MONTH")
                        .param("month", month.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.basis.base").value(200_000))
                .andExpect(jsonPath("$.figures.hoursWorked").value(1_500_000.0))
                .andExpect(jsonPath("$.figures.trifr.count").value(17))
                .andExpect(jsonPath("$.figures.trifr.value").value(2.27))
                .andExpect(jsonPath("$.figures.trifr.base").value(200_000))
                .andExpect(jsonPath("$.figures.trifr.label").value("kpi.figure.trifr"))
                .andExpect(jsonPath("$.figures.firstAidCases.value").value(1))
                .andExpect(jsonPath("$.figures.ltifr.count").value(6))
                .andExpect(jsonPath("$.figures.ltifr.includesFatalities").value(true))
                .andExpect(jsonPath("$.pyramid.firstAidCases.value").value(1))
                .andExpect(jsonPath("$.pyramid.otherRecordable.value").value(11));
    }

    @Test
    void oneRestrictedWorkCaseIn10000HoursIsADartAndTrifrOf20Per200000HoursAnd100Per1000000() throws Exception {
        var site = records.site();
        var contractor = records.contractor(SafetyRecords.unique("Scaffolding "));
        records.hours(contractor, site, month, "10000", "60");
        records.injury("RESTRICTED_WORK", site, contractor, contractor, records.in(month, 10), 0);
        baseBefore = records.frequencyRateBase(200_000);

        mvc.perform(figures()
                        .param("site", site.toString())
                        .param("period", "MONTH")
                        .param("month", month.toString()))
                .andExpect(jsonPath("$.figures.dartRate.value").value(20.0))
                .andExpect(jsonPath("$.figures.dartRate.base").value(200_000))
                .andExpect(jsonPath("$.figures.trifr.value").value(20.0))
                .andExpect(jsonPath("$.figures.ltifr.value").value(0.0))
                .andExpect(jsonPath("$.figures.severityRate.value").value(0.0));

        records.frequencyRateBase(1_000_000);
        mvc.perform(figures()
                        .param("site", site.toString())
                        .param("period", "MONTH")
                        .param("month", month.toString()))
                .andExpect(jsonPath("$.basis.base").value(1_000_000))
                .andExpect(jsonPath("$.figures.dartRate.value").value(100.0))
                .andExpect(jsonPath("$.figures.trifr.value").value(100.0))
                .andExpect(jsonPath("$.figures.trifr.base").value(1_000_000));
    }

    @Test
    void injuriesCountForTheInjuredPersonsOrganisationAndEventsForTheOrganisationWhoseWorkTheyConcern()
            throws Exception {
        var site = records.site();
        var contractor = records.contractor(SafetyRecords.unique("Lining "));
        records.hours(owner, site, month, "100000", "500");
        records.hours(contractor, site, month, "50000", "250");
        // the owner's employee hurt in the contractor's work: own staff's injury, the contractor's near miss
        records.injury("LOST_TIME", site, contractor, owner, records.in(month, 3), 12);
        records.event("NEAR_MISS", site, null, contractor, records.in(month, 4));
        java.util.function.UnaryOperator<MockHttpServletRequestBuilder> in = request ->
                request.param("site", site.toString()).param("period", "MONTH").param("month", month.toString());

        mvc.perform(in.apply(figures().param("workforce", "OWN_STAFF")))
                .andExpect(jsonPath("$.figures.hoursWorked").value(100_000.0))
                .andExpect(jsonPath("$.figures.ltifr.count").value(1))
                .andExpect(jsonPath("$.figures.ltifr.value").value(10.0))
                .andExpect(jsonPath("$.figures.severityRate.count").value(12))
                .andExpect(jsonPath("$.figures.nearMisses.value").value(0));
        mvc.perform(in.apply(figures().param("workforce", "CONTRACTORS")))
                .andExpect(jsonPath("$.figures.hoursWorked").value(50_000.0))
                .andExpect(jsonPath("$.figures.ltifr.count").value(0))
                .andExpect(jsonPath("$.figures.nearMisses.value").value(1))
                // the incident concerns the contractor's work too: two events in 250 person-months
                .andExpect(jsonPath("$.figures.reportingRate.value").value(0.8));
        mvc.perform(in.apply(figures()))
                .andExpect(jsonPath("$.figures.hoursWorked").value(150_000.0))
                .andExpect(jsonPath("$.figures.averageHeadcount").value(750.0))
                .andExpect(jsonPath("$.figures.ltifr.count").value(1));
        mvc.perform(in.apply(get("/api/v1/figures/breakdown").header("Authorization", hse)))
                .andExpect(jsonPath("$.organisations.length()").value(2))
                .andExpect(jsonPath("$.organisations[0].organisationId").value(owner.toString()))
                .andExpect(jsonPath("$.organisations[0].figures.ltifr.count").value(1))
                .andExpect(jsonPath("$.organisations[1].organisationId").value(contractor.toString()))
                .andExpect(jsonPath("$.ownStaff.hoursWorked").value(100_000.0))
                .andExpect(jsonPath("$.contractors.hoursWorked").value(50_000.0))
                .andExpect(jsonPath("$.total.hoursWorked").value(150_000.0));
    }

    @Test
    void voidedEventsAndActionsDoNotCount() throws Exception {
        var site = records.site();
        var contractor = records.contractor(SafetyRecords.unique("Cranes "));
        records.hours(contractor, site, month, "200000", null);
        records.injury("LOST_TIME", site, contractor, contractor, records.in(month, 5), 3);
        records.voidEvent(records.injury("FATALITY", site, contractor, contractor, records.in(month, 6), 0));
        records.voidEvent(records.event("NEAR_MISS", site, null, contractor, records.in(month, 7)));
        var person = logins.viewer("hse").personId();
        records.voidAction(
                records.action(site, contractor, person, null, "OPEN", month.atDay(1), records.in(month, 1), null));

        mvc.perform(figures()
                        .param("site", site.toString())
                        .param("period", "MONTH")
                        .param("month", month.toString()))
                .andExpect(jsonPath("$.figures.ltifr.count").value(1))
                .andExpect(jsonPath("$.figures.fatalities.value").value(0))
                .andExpect(jsonPath("$.figures.nearMisses.value").value(0))
                .andExpect(jsonPath("$.figures.averageHeadcount").doesNotExist())
                .andExpect(jsonPath("$.actions.open.value").value(0))
                .andExpect(
                        jsonPath("$.daysWithout.lastCase").value(month.atDay(5).toString()));
    }

    @Test
    void daysWithoutCountFromTheDayAfterTheLastTriggerCase() throws Exception {
        var site = records.site();
        var contractor = records.contractor(SafetyRecords.unique("Welding "));
        var today = LocalDate.now(records.enterpriseZone());
        java.util.function.Function<LocalDate, java.time.Instant> noon =
                day -> day.atTime(12, 0).atZone(records.enterpriseZone()).toInstant();

        mvc.perform(figures().param("site", site.toString()))
                .andExpect(jsonPath("$.daysWithout.trigger").value("LTI"))
                .andExpect(jsonPath("$.daysWithout.days").doesNotExist());

        records.injury("LOST_TIME", site, contractor, contractor, noon.apply(today.minusDays(40)), 5);
        records.injury("LOST_TIME", site, contractor, contractor, noon.apply(today.minusDays(3)), 5);
        records.injury("FIRST_AID", site, contractor, contractor, noon.apply(today.minusDays(1)), 0);
        records.voidEvent(records.injury("LOST_TIME", site, contractor, contractor, noon.apply(today), 5));

        mvc.perform(figures().param("site", site.toString()))
                .andExpect(jsonPath("$.daysWithout.days").value(3))
                .andExpect(jsonPath("$.daysWithout.lastCase")
                        .value(today.minusDays(3).toString()))
                .andExpect(jsonPath("$.daysWithout.label").value("kpi.figure.daysWithout.LTI"));
        mvc.perform(figures().param("organisation", contractor.toString()))
                .andExpect(jsonPath("$.daysWithout.days").value(3));
        records.injury("LOST_TIME", site, contractor, contractor, noon.apply(today), 5);
        mvc.perform(figures().param("site", site.toString()))
                .andExpect(jsonPath("$.daysWithout.days").value(0));
    }

    @Test
    void actionsAreOpenOverdueAndClosedOnTimeAndViolationsAreEliminated() throws Exception {
        var site = records.site();
        var contractor = records.contractor(SafetyRecords.unique("Painting "));
        var person = logins.viewer("hse").personId();
        var today = LocalDate.now(records.enterpriseZone());
        var created = records.in(month, 2);
        records.action(site, contractor, person, "VIOLATION", "OPEN", today.plusDays(5), created, null);
        records.action(site, contractor, person, "VIOLATION", "IN_PROGRESS", today.minusDays(5), created, null);
        records.action(
                site, contractor, person, "VIOLATION", "VERIFIED", month.atDay(20), created, records.in(month, 10));
        records.action(site, contractor, person, null, "DONE", month.atDay(5), created, records.in(month, 10));

        mvc.perform(figures()
                        .param("site", site.toString())
                        .param("period", "MONTH")
                        .param("month", month.toString()))
                .andExpect(jsonPath("$.actions.open.value").value(2))
                .andExpect(jsonPath("$.actions.overdue.value").value(1))
                .andExpect(jsonPath("$.actions.closed.value").value(2))
                .andExpect(jsonPath("$.actions.closedOnTime.value").value(1))
                .andExpect(jsonPath("$.actions.onTimePercent").value(50.0))
                .andExpect(jsonPath("$.violations.open.value").value(1))
                .andExpect(jsonPath("$.violations.inProgress.value").value(1))
                .andExpect(jsonPath("$.violations.verified.value").value(1))
                .andExpect(jsonPath("$.violations.eliminatedPercent").value(33.3));
    }

    @Test
    void anAreaGivesCountsWithoutRatesAndATrendHasTwelveMonths() throws Exception {
        var site = records.site();
        var area = records.area(site);
        records.hours(owner, site, month, "10000", "50");
        records.event("NEAR_MISS", site, area, owner, records.in(month, 8));
        records.event("NEAR_MISS", site, null, owner, records.in(month, 8));

        mvc.perform(figures()
                        .param("area", area.toString())
                        .param("period", "YTD")
                        .param("month", month.toString()))
                .andExpect(jsonPath("$.figures.nearMisses.value").value(1))
                .andExpect(jsonPath("$.figures.hoursWorked").doesNotExist())
                .andExpect(jsonPath("$.figures.ltifr.value").doesNotExist())
                .andExpect(jsonPath("$.notes[0]").value("kpi.note.areaHasNoHours"))
                .andExpect(jsonPath("$.actions").doesNotExist());
        mvc.perform(get("/api/v1/figures/trend")
                        .header("Authorization", hse)
                        .param("site", site.toString())
                        .param("month", month.plusMonths(1).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.months.length()").value(12))
                .andExpect(
                        jsonPath("$.months[11].month").value(month.plusMonths(1).toString()))
                .andExpect(jsonPath("$.months[10].month").value(month.toString()))
                .andExpect(jsonPath("$.months[10].figures.nearMisses.value").value(2))
                .andExpect(jsonPath("$.months[10].figures.hoursWorked").value(10_000.0))
                .andExpect(jsonPath("$.months[11].figures.hoursWorked").value(0.0));
    }

    @Test
    void aDashboardGivesTheMonthTheYearToDateAndTheRolling12MonthsFromOnePass() throws Exception {
        var site = records.site();
        var contractor = records.contractor(SafetyRecords.unique("Dashboard "));
        var january = YearMonth.of(month.getYear(), 1);
        var lastYear = january.minusMonths(1);
        records.hours(contractor, site, month, "100000", "500");
        records.hours(contractor, site, lastYear, "100000", "500");
        records.injury("LOST_TIME", site, contractor, contractor, records.in(month, 2), 4);
        records.injury("LOST_TIME", site, contractor, contractor, records.in(lastYear, 2), 4);
        records.injury("LOST_TIME", site, contractor, contractor, records.in(month.minusMonths(12), 2), 4);

        mvc.perform(get("/api/v1/figures/dashboard")
                        .header("Authorization", hse)
                        .param("site", site.toString())
                        .param("month", month.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.month.period.kind").value("MONTH"))
                .andExpect(jsonPath("$.month.figures.ltifr.count").value(1))
                .andExpect(jsonPath("$.month.figures.hoursWorked").value(100_000.0))
                .andExpect(jsonPath("$.yearToDate.from").value(january.toString()))
                .andExpect(jsonPath("$.yearToDate.figures.ltifr.count").value(1))
                .andExpect(
                        jsonPath("$.rolling12.from").value(month.minusMonths(11).toString()))
                .andExpect(jsonPath("$.rolling12.figures.ltifr.count").value(2))
                .andExpect(jsonPath("$.rolling12.figures.hoursWorked").value(200_000.0))
                .andExpect(jsonPath("$.trend.months.length()").value(12))
                .andExpect(jsonPath("$.trend.months[11].figures.ltifr.count").value(1))
                .andExpect(jsonPath("$.rolling12.daysWithout.lastCase")
                        .value(month.atDay(2).toString()));
    }

    @Test
    void aContractorSeesItsOwnFiguresAndTotalsButNeverAnotherContractors() throws Exception {
        var contractor1 = logins.viewer("contractor1").organisationId();
        var contractor2 = logins.viewer("contractor2");
        var token = logins.bearer("contractor1");

        mvc.perform(get("/api/v1/figures").header("Authorization", token).param("organisation", contractor1.toString()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/figures").header("Authorization", token)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/figures")
                        .header("Authorization", token)
                        .param("organisation", contractor2.organisationId().toString()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("trifr"))));
        mvc.perform(get("/api/v1/figures/trend")
                        .header("Authorization", token)
                        .param("organisation", contractor2.organisationId().toString()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/figures").header("Authorization", token).param("workforce", "CONTRACTORS"))
                .andExpect(status().isForbidden());

        var site = records.site();
        var other = records.contractor(SafetyRecords.unique("Other contractor "));
        records.hours(contractor1, site, month, "1000", "5");
        records.hours(other, site, month, "3000", "15");
        var breakdown = mvc.perform(get("/api/v1/figures/breakdown")
                        .header("Authorization", token)
                        .param("site", site.toString())
                        .param("month", month.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.hoursWorked").value(4000.0))
                .andExpect(jsonPath("$.ownStaff").doesNotExist())
                .andExpect(jsonPath("$.organisations.length()").value(1))
                .andExpect(jsonPath("$.organisations[0].organisationId").value(contractor1.toString()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(breakdown).doesNotContain(other.toString());

        var export = download(get("/api/v1/figures/export")
                .header("Authorization", token)
                .param("format", "csv")
                .param("site", site.toString())
                .param("month", month.toString()));
        assertThat(export).contains("Total").doesNotContain("Other contractor").doesNotContain("Own staff");
        assertThat(export.lines().count()).isEqualTo(3);
    }

    @Test
    void theExportHoldsTheTotalsAndEachOrganisationInTheReadersLanguage() throws Exception {
        var site = records.site();
        var contractor = records.contractor(SafetyRecords.unique("Export contractor "));
        records.hours(contractor, site, month, "2000", "10");
        var csv = download(get("/api/v1/figures/export")
                .header("Authorization", hse)
                .header("Accept-Language", "ru")
                .param("format", "csv")
                .param("site", site.toString())
                .param("period", "MONTH")
                .param("month", month.toString()));
        assertThat(csv)
                .startsWith("\ufeffОрганизация;")
                .contains("Итого;2000,0")
                .contains("Подрядчики;2000,0");
        var xlsx = mvc.perform(asyncDispatch(mvc.perform(get("/api/v1/figures/export")
                                .header("Authorization", hse)
                                .param("site", site.toString()))
                        .andReturn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Total");
        }
    }

    @Test
    void badFigureRequestsAreRefusedWithProblemDetails() throws Exception {
        mvc.perform(figures().param("month", "2025-13"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("month"));
        mvc.perform(figures().param("period", "WEEKLY"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("ROLLING_12")));
        mvc.perform(figures()
                        .param(
                                "month",
                                YearMonth.now(records.enterpriseZone())
                                        .plusMonths(2)
                                        .toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("month"));
        mvc.perform(figures().param("site", "not-a-site"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(figures().param("site", UUID.randomUUID().toString())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/figures/export").header("Authorization", hse).param("format", "pdf"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
        mvc.perform(get("/api/v1/figures")).andExpect(status().isUnauthorized());
    }

    private MockHttpServletRequestBuilder figures() {
        return get("/api/v1/figures").header("Authorization", hse);
    }

    private String download(MockHttpServletRequestBuilder request) throws Exception {
        var started = mvc.perform(request).andReturn();
        return mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
