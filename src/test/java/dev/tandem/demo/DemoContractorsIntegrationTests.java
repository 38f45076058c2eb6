package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.ApiCalls;
import dev.tandem.identity.Logins;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.training.TrainingClearance;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo plant's contractors, read as the safety department reads them through the API: every status of the
 * lifecycle with its reasons in the history, engagements with qualified mentors who own their areas and risk reviews
 * signed by both sides, one contractor in its onboarding month, one blocked by an expired insurance certificate.
 */
@TandemIntegrationTest
class DemoContractorsIntegrationTests {

    /** The catalogue's contractors, by their keys. */
    private static final List<String> KEYS = List.of(
            "scaffolding",
            "refractory",
            "electrical",
            "cranes",
            "cleaning",
            "transport",
            "welding",
            "insulation",
            "demolition",
            "catering");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    TrainingClearance clearance;

    @Autowired
    PlantStructure plant;

    @Autowired
    JdbcClient jdbc;

    private ApiCalls calls;
    private Logins logins;

    @BeforeEach
    void calls() {
        logins = new Logins(context);
        calls = new ApiCalls(mvc, logins);
    }

    @Test
    void theContractorsStandInEveryStatusEachChangeWithItsReasonInTheHistory() throws Exception {
        var contractors = contractors();
        assertThat(contractors)
                .extracting(contractor -> contractor.get("status"))
                .contains("PROSPECTIVE", "ONBOARDING", "ACTIVE", "SUSPENDED", "OFFBOARDED");
        for (var contractor : contractors) {
            if (contractor.get("status").equals("PROSPECTIVE")) {
                continue;
            }
            List<Map<String, Map<String, String>>> changes = JsonPath.read(
                    read("/api/v1/contractors/{id}/history", contractor.get("id")),
                    "$[?(@.kind == 'UPDATED')].changes");
            var statusChanges = changes.stream()
                    .filter(change -> change.containsKey("status"))
                    .toList();
            assertThat(statusChanges).as(contractor.get("name")).isNotEmpty().allSatisfy(change -> assertThat(
                            change.get("statusReason").get("to"))
                    .isNotBlank());
            assertThat(statusChanges.get(statusChanges.size() - 1).get("status").get("to"))
                    .isEqualTo(contractor.get("status"));
        }
    }

    @Test
    void engagementsHaveQualifiedMentorsOwningTheirAreasAndRiskReviewsSignedByBothSides() throws Exception {
        var engagements = new ArrayList<Map<String, Object>>();
        var texts = DemoTexts.of(DemoProperties.Language.EN);
        for (var contractor : contractors()) {
            List<Map<String, Object>> of =
                    JsonPath.read(read("/api/v1/engagements?organisationId={id}", contractor.get("id")), "$[*]");
            // the demo's, not those other tests plan for the demo's contractors
            var scope = texts.text("contractor." + contractor.get("key") + ".scope");
            engagements.addAll(
                    of.stream().filter(e -> scope.equals(e.get("description"))).toList());
        }
        assertThat(engagements).extracting(e -> e.get("status")).contains("ACTIVE", "CLOSED");
        assertThat(engagements).allSatisfy(engagement -> {
            var mentor = UUID.fromString((String) engagement.get("mentorPersonId"));
            assertThat(clearance.qualifiedMentorNow(mentor))
                    .as("the mentor's qualification")
                    .isTrue();
            assertThat((List<String>) engagement.get("areaIds"))
                    .anySatisfy(area -> assertThat(plant.currentArea(UUID.fromString(area))
                                    .orElseThrow()
                                    .ownerId())
                            .isEqualTo(mentor));
            assertThat((List<?>) engagement.get("riskIds")).isNotEmpty();
            assertThat(engagement.get("reviewSigned")).isEqualTo(true);
        });
        var manager = logins.viewer("manager").personId().toString();
        assertThat(engagements)
                .filteredOn(e -> e.get("status").equals("ACTIVE"))
                .extracting(e -> e.get("mentorPersonId"))
                .as("the manager mentors a contractor at work")
                .contains(manager);
    }

    @Test
    void oneContractorIsInItsOnboardingMonthWithSomeStepsTicked() throws Exception {
        var today = LocalDate.now(ZoneId.of(plant.enterprise().timeZone()));
        var inTheirMonth = new ArrayList<String>();
        for (var contractor : contractors()) {
            if (!contractor.get("status").equals("ONBOARDING")) {
                continue;
            }
            var result = calls.call("hse", get("/api/v1/contractors/{id}/onboarding", contractor.get("id")), null)
                    .andReturn()
                    .getResponse();
            if (result.getStatus() != 200) {
                continue;
            }
            var onboarding = result.getContentAsString();
            List<Object> ticked = JsonPath.read(onboarding, "$.steps[?(@.tickedOn != null)]");
            List<Object> steps = JsonPath.read(onboarding, "$.steps[*]");
            var started = LocalDate.parse(JsonPath.read(onboarding, "$.startedOn"));
            if (!started.isBefore(today.minusDays(30)) && ticked.size() > 0 && ticked.size() < steps.size()) {
                inTheirMonth.add(contractor.get("name"));
            }
        }
        assertThat(inTheirMonth).hasSize(1);
    }

    @Test
    void oneActiveContractorIsBlockedByItsExpiredInsuranceOnItsPageAndTheDashboard() throws Exception {
        var blocked = new ArrayList<String>();
        for (var contractor : contractors()) {
            var view = read("/api/v1/contractors/{id}", contractor.get("id"));
            List<String> expired = JsonPath.read(view, "$.newWorkBlockedBy[?(@.standing == 'EXPIRED')].code");
            if (expired.contains("INSURANCE")) {
                blocked.add(contractor.get("id"));
            }
        }
        assertThat(blocked).hasSize(1);
        var id = blocked.get(0);
        assertThat((String) JsonPath.read(read("/api/v1/contractors/{id}", id), "$.status"))
                .isEqualTo("ACTIVE");
        assertThat((Integer) JsonPath.read(
                        read("/api/v1/contractors/standings?organisationId={id}", id), "$.items[0].documentsNotValid"))
                .isEqualTo(1);
        // the dashboard's panel for that contractor (other tests' contractors with lapsed documents share its first
        // page)
        mvc.perform(get("/contractors/standings").param("organisation", id).with(logins.as("director")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(id)));
        mvc.perform(get("/contractors/{id}", id).with(logins.as("hse")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Civil liability insurance certificate")));
    }

    /**
     * Every generator of the demo gives a contractor records of the time it worked at the plant only: none to the
     * prospective one or the one still waiting for its documents' approval, none after the suspension or the
     * offboarding, none before the first engagement started.
     */
    @Test
    void noContractorHasARecordDatedWhileItWasNotWorkingAtThePlant() {
        DemoContractorRecords.assertDatedWhileWorking(jdbc);
    }

    /** The contractors that came over the year were mostly integrated within their month; one was late. */
    @Test
    void mostNewContractorsWereIntegratedWithin30Days() throws Exception {
        DemoContractorRecords.assertMostIntegratedWithin30Days(
                () -> read("/api/v1/contractors/onboarding/integration"));
    }

    /**
     * The demo's contractors (not those other tests make), found by name as the safety department lists them, each
     * with its catalogue key.
     */
    private List<Map<String, String>> contractors() throws Exception {
        var texts = DemoTexts.of(DemoProperties.Language.EN);
        var found = new ArrayList<Map<String, String>>();
        for (var key : KEYS) {
            var name = texts.text("contractor." + key + ".name");
            List<Map<String, String>> named = JsonPath.read(
                    ApiCalls.body(calls.call("hse", get("/api/v1/contractors").param("q", name), null)), "$.items[*]");
            named.stream()
                    .filter(contractor -> contractor.get("name").equals(name))
                    .forEach(contractor -> {
                        var keyed = new java.util.HashMap<>(contractor);
                        keyed.put("key", key);
                        found.add(keyed);
                    });
        }
        assertThat(found).hasSize(KEYS.size());
        return found;
    }

    private String read(String uri, Object... variables) throws Exception {
        return ApiCalls.body(calls.call("hse", get(uri, variables), null).andExpect(status().isOk()));
    }
}
