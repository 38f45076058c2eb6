package dev.tandem.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.action.ActionPlanning;
import dev.tandem.action.ActionProgress;
import dev.tandem.action.RaiseAction;
import dev.tandem.action.SourceType;
import dev.tandem.history.HistoryEntry;
import dev.tandem.identity.Accounts;
import dev.tandem.identity.Logins;
import dev.tandem.identity.OpenAccount;
import dev.tandem.organisation.DefineArea;
import dev.tandem.organisation.DefineSite;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.organisation.RegisterPerson;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.ReplayableClock;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A site's director chooses its top-5 risks, ranked; each has a roadmap of milestones (the actions raised on it) whose
 * figures say how many are verified and how many are late. Everyone reads the choice within the register's scope.
 */
@TandemIntegrationTest
class TopRisksIntegrationTests {

    private static final Viewer KEEPER = Viewer.automated("test-hse", "Test HSE", Role.HSE_SPECIALIST);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RiskRegister register;

    @Autowired
    Roadmaps roadmaps;

    @Autowired
    TopRiskChoice choice;

    @Autowired
    PlantStructure plant;

    @Autowired
    ActionPlanning planning;

    @Autowired
    ActionProgress progress;

    @Autowired
    ReplayableClock clock;

    @Autowired
    RiskQueries queries;

    @Autowired
    OrganisationRegister organisations;

    @Autowired
    Accounts accounts;

    RiskFixture risks;
    UUID site;
    UUID area;
    /** The new site's own director: the demo's director directs the main site only. */
    String director;

    @BeforeEach
    void setUp() {
        risks = new RiskFixture(mvc, jdbc, new Logins(context));
        var code = "T" + UUID.randomUUID().toString().substring(0, 8);
        site = plant.createSite(null, DefineSite.named(code, "Top site " + code, "Europe/Moscow", null), admin())
                .id();
        area = plant.createArea(null, new DefineArea(site, code, "Bay " + code, null, null), admin())
                .id();
        director = "dir" + code.toLowerCase();
        var person = organisations
                .addPerson(
                        null,
                        new RegisterPerson(
                                admin().organisationId(), "Director " + code, null, site, null, null, null, null),
                        admin())
                .record();
        accounts.open(new OpenAccount(director, person.id(), Set.of(Role.DIRECTOR), "top-five-password-1"), admin());
    }

    @Test
    void onlyADirectorOfTheOwnerCompanyChoosesAndTheOthersChangeNothing() throws Exception {
        var risk = risk(area, "Ladle breakout");
        for (var username : List.of("hse", "manager", "worker", "contractor1", "contractor1.worker")) {
            choose(username, site, risk).andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from risk_top_five where id = :site")
                        .param("site", site)
                        .query(Long.class)
                        .single())
                .isZero();

        choose(director, site, risk)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.risks[0].rank").value(1));
        choose("hse", site).andExpect(status().isForbidden());
        assertThat(chosen(site)).containsExactly(risk);

        choose("director", site, risk).andExpect(status().isForbidden());
        var directorOfTheMainSite = risks.logins().viewer("director");
        assertThat(directorOfTheMainSite.siteId()).isNotEqualTo(site);
        assertThatThrownBy(() -> choice.choose(
                        site, Precondition.none(), new ChooseTopRisks(List.of(risk)), directorOfTheMainSite))
                .isInstanceOf(AccessDeniedException.class);
        var enterpriseDirector = directorOfTheMainSite.onSite(null);
        choice.choose(site, Precondition.none(), new ChooseTopRisks(List.of()), enterpriseDirector);
        assertThat(chosen(site)).isEmpty();
    }

    @Test
    void atMostFiveRisksOfTheSiteEachOnceAndABadChoiceWritesNothing() throws Exception {
        var six = new UUID[6];
        for (int i = 0; i < six.length; i++) {
            six[i] = risk(area, "Risk " + i);
        }
        choose(director, site, Arrays.copyOf(six, 5)).andExpect(status().isOk());

        choose(director, site, six)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("riskIds"));
        choose(director, site, six[0], six[0])
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("riskIds"));
        var elsewhere = risk(otherSitesArea(), "Risk of another site");
        choose(director, site, six[0], elsewhere)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("riskIds"));
        choose(director, site, UUID.randomUUID()).andExpect(status().isBadRequest());
        var voided = risk(area, "Voided risk");
        register.voidRisk(voided, "entered twice", KEEPER);
        choose(director, site, voided).andExpect(status().isBadRequest());

        assertThat(chosen(site)).containsExactly(Arrays.copyOf(six, 5));
        assertThat(choice.history(site, admin())).hasSize(1);
    }

    @Test
    void aChangeOfTheChoiceNeedsTheVersionSeenAndIsKeptInTheHistoryRankByRank() throws Exception {
        var first = risk(area, "Gas leak at the tuyere");
        var second = risk(area, "Crane load drop");
        var third = risk(area, "Shunting locomotive");
        choose(director, site, first, second).andExpect(status().isOk());

        risks.call(director, put("/api/v1/risks/top/" + site), body(second, third))
                .andExpect(status().isPreconditionRequired());
        risks.call(director, put("/api/v1/risks/top/" + site).header("If-Match", "\"99\""), body(second, third))
                .andExpect(status().isPreconditionFailed());
        choose(director, site, second, third).andExpect(status().isOk());
        choose(director, site, third).andExpect(status().isOk());

        assertThat(chosen(site)).containsExactly(third);
        List<HistoryEntry> history = choice.history(site, admin());
        assertThat(history)
                .extracting(HistoryEntry::kind)
                .map(Enum::name)
                .containsExactly("CREATED", "UPDATED", "UPDATED");
        var change = history.get(1).changes();
        assertThat(change.get("risks[1].riskId").from()).isEqualTo(first.toString());
        assertThat(change.get("risks[1].riskId").to()).isEqualTo(second.toString());
        assertThat(change.get("risks[2].riskId").to()).isEqualTo(third.toString());
        assertThat(history.get(2).changes().get("risks[2].riskId").to()).isNull();
        assertThat(history.get(2).by())
                .isEqualTo(risks.logins().viewer(director).displayName());

        risks.call("worker", get("/api/v1/risks/top/" + site + "/history"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3));
        var page = page("/risks/top/" + site, director, Locale.ENGLISH);
        assertThat(page).contains("Top risk 1", "data-choose");
    }

    /**
     * Hand-worked: the first risk's roadmap has five milestones (a sixth is voided). Verified before its due date: two;
     * verified two days after it: one, late; open and due 20 days ago: one, late; open and due in five days: one. So 3
     * of 5 verified, 2 late, the roadmap late, 60 %. The second risk's one milestone is verified on time: 1 of 1, on
     * time. The third has none: 0 of 0, not late.
     */
    @Test
    void theProgressOfARoadmapIsItsMilestonesVerifiedAndItIsLateWhenAnyIsNotVerifiedByItsDueDate() throws Exception {
        var first = risk(area, "Tapping hole blow-out");
        var second = risk(area, "Slag pot tipping");
        var third = risk(area, "Coke oven door");
        var today = queries.today();
        var now = Instant.now();
        var ago30 = now.minus(Duration.ofDays(30));

        var onTimeNow = milestone(first, today.plusDays(10), now);
        verify(onTimeNow, now);
        var onTimeEarlier = milestone(first, today.minusDays(20), ago30);
        verify(onTimeEarlier, now.minus(Duration.ofDays(22)));
        var verifiedLate = milestone(first, today.minusDays(20), ago30);
        verify(verifiedLate, now.minus(Duration.ofDays(18)));
        milestone(first, today.minusDays(20), ago30);
        milestone(first, today.plusDays(5), now);
        var voided = milestone(first, today.plusDays(5), now);
        planning.voidAction(voided, "raised twice", risks.logins().viewer("hse"));
        verify(milestone(second, today.plusDays(3), now), now);
        choose(director, site, first, second, third).andExpect(status().isOk());

        var figures = roadmaps.figures(site, risks.logins().viewer(director));
        assertThat(figures)
                .containsExactly(
                        new RoadmapFigures(site, first, 1, 5, 3, 2),
                        new RoadmapFigures(site, second, 2, 1, 1, 0),
                        new RoadmapFigures(site, third, 3, 0, 0, 0));
        assertThat(figures.get(0).late()).isTrue();
        assertThat(figures.get(0).progress()).isEqualTo(0.6);
        assertThat(figures.get(1).late()).isFalse();
        assertThat(figures.get(2).late()).isFalse();

        risks.call("worker", get("/api/v1/risks/top/" + site), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.risks[0].figures.milestones").value(5))
                .andExpect(jsonPath("$.risks[0].figures.verified").value(3))
                .andExpect(jsonPath("$.risks[0].figures.lateMilestones").value(2))
                .andExpect(jsonPath("$.risks[0].milestones.length()").value(5))
                .andExpect(jsonPath("$.risks[0].milestones[?(@.id == '%s')].late", verifiedLate.toString())
                        .value(true))
                .andExpect(jsonPath("$.risks[0].milestones[?(@.id == '%s')].late", onTimeEarlier.toString())
                        .value(false))
                .andExpect(jsonPath("$.risks[1].figures.lateMilestones").value(0));
        assertThat(page("/risks/top/" + site, "manager", Locale.ENGLISH))
                .contains("3 of 5 milestones verified", "2 late", "1 of 1 milestones verified", "on time");
        assertThat(page("/risks/top", "worker", Locale.forLanguageTag("ru")))
                .contains("Проверено этапов: 3 из 5", "просрочено: 2", "Top site");
    }

    @Test
    void aRiskVoidedAfterItWasChosenLeavesTheTopFiveItsRankSaysSoAndItsRoadmapCountsNoMore() throws Exception {
        var first = risk(area, "Blast furnace gas at the bleeder");
        var second = risk(area, "Torpedo car derailment");
        var third = risk(area, "Oxygen lance fire");
        var now = Instant.now();
        verify(milestone(second, queries.today().plusDays(3), now), now);
        milestone(third, queries.today().plusDays(9), now);
        choose(director, site, first, second, third).andExpect(status().isOk());

        register.voidRisk(second, "merged into the derailment risk of the rail yard", KEEPER);

        assertThat(roadmaps.figures(site, risks.logins().viewer(director)))
                .containsExactly(
                        new RoadmapFigures(site, first, 1, 0, 0, 0), new RoadmapFigures(site, third, 3, 1, 0, 0));
        assertThat(roadmaps.figures(null, risks.logins().viewer("director")))
                .extracting(RoadmapFigures::riskId)
                .doesNotContain(second);
        risks.call("worker", get("/api/v1/risks/top/" + site), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.risks.length()").value(2))
                .andExpect(jsonPath("$.risks[*].rank", org.hamcrest.Matchers.contains(1, 3)))
                .andExpect(jsonPath("$.voided.length()").value(1))
                .andExpect(jsonPath("$.voided[0].rank").value(2))
                .andExpect(jsonPath("$.voided[0].risk.id").value(second.toString()));
        assertThat(page("/risks/top/" + site, director, Locale.ENGLISH))
                .contains("Rank 2: “Torpedo car derailment” was voided and has left the top five");
        assertThat(page("/risks/top", "worker", Locale.forLanguageTag("ru")))
                .contains("Место 2: «Torpedo car derailment» аннулирован и выбыл из топ-5");

        // the director's form offers the current ones, so saving it again leaves the voided one out of the choice
        var form = page("/risks/top/" + site, director, Locale.ENGLISH);
        assertThat(form.split("data-choose")[1]).contains(first.toString()).doesNotContain(second.toString());
        mvc.perform(post("/risks/top/" + site)
                        .with(risks.logins().as(director))
                        .with(csrf())
                        .param("version", String.valueOf(version(site)))
                        .param("riskIds", first.toString(), third.toString(), "", "", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(chosen(site)).containsExactly(first, third);
        risks.call("worker", get("/api/v1/risks/top/" + site), null)
                .andExpect(jsonPath("$.risks[*].rank", org.hamcrest.Matchers.contains(1, 2)))
                .andExpect(jsonPath("$.voided.length()").value(0));
    }

    @Test
    void aContractorReadsTheChosenRisksOfTheAreasItsPeopleWorkInAndOnlyItsOwnMilestones() throws Exception {
        var reached = UUID.fromString(risks.areaWorkedInOnlyBy("contractor1", "contractor2"));
        var demoSite = plant.area(reached).siteId();
        var inReach = risk(reached, "Tundish overflow in reach");
        var outOfReach = risk(newArea(demoSite), "Oxygen valve out of reach");
        milestone(inReach, queries.today().plusDays(5), Instant.now());
        // the demo site's own choice is put back afterwards: the demo's tests read it
        var demoChoice = chosen(demoSite);
        choose("director", demoSite, outOfReach, inReach).andExpect(status().isOk());
        try {
            contractorsReadOnlyWhatIsInReach(demoSite, inReach, outOfReach);
        } finally {
            choose("director", demoSite, demoChoice.toArray(UUID[]::new)).andExpect(status().isOk());
        }
    }

    private void contractorsReadOnlyWhatIsInReach(UUID demoSite, UUID inReach, UUID outOfReach) throws Exception {

        for (var contractor : List.of("contractor1", "contractor1.worker")) {
            risks.call(contractor, get("/api/v1/risks/top/" + demoSite), null)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.risks.length()").value(1))
                    .andExpect(jsonPath("$.risks[0].rank").value(2))
                    .andExpect(jsonPath("$.risks[0].risk.id").value(inReach.toString()))
                    .andExpect(jsonPath("$.risks[0].figures.milestones").value(1))
                    .andExpect(jsonPath("$.risks[0].milestones.length()").value(0));
        }
        risks.call("contractor2", get("/api/v1/risks/top/" + demoSite), null)
                .andExpect(jsonPath("$.risks.length()").value(0));
        var all = risks.call("contractor2", get("/api/v1/risks/top"), null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(all, "$[*].risks[*].risk.id"))
                .doesNotContain(inReach.toString(), outOfReach.toString());
        risks.call("worker", get("/api/v1/risks/top/" + demoSite), null)
                .andExpect(jsonPath("$.risks.length()").value(2))
                .andExpect(jsonPath("$.risks[1].milestones.length()").value(1));
        risks.call("contractor1", get("/api/v1/risks/top/" + demoSite + "/history"), null)
                .andExpect(status().isForbidden());
        assertThat(page("/risks/top/" + demoSite, "contractor1", Locale.ENGLISH))
                .contains("Tundish overflow in reach")
                .doesNotContain("Oxygen valve out of reach", "data-choose");
    }

    @Test
    void theDirectorChoosesOnThePageAndABadChoiceComesBackAsAFormMessage() throws Exception {
        var first = risk(area, "Hot metal ladle crane");
        var elsewhere = risk(otherSitesArea(), "Elsewhere");
        mvc.perform(post("/risks/top/" + site)
                        .with(risks.logins().as(director))
                        .with(csrf())
                        .param("riskIds", first.toString(), "", "", "", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(chosen(site)).containsExactly(first);

        var again = mvc.perform(post("/risks/top/" + site)
                        .with(risks.logins().as(director))
                        .with(csrf())
                        .locale(Locale.ENGLISH)
                        .param("version", String.valueOf(version(site)))
                        .param("riskIds", first.toString(), elsewhere.toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).contains("Choose current risks of this site only");
        assertThat(chosen(site)).containsExactly(first);
        mvc.perform(post("/risks/top/" + site)
                        .with(risks.logins().as("hse"))
                        .with(csrf())
                        .param("riskIds", first.toString()))
                .andExpect(status().isForbidden());
    }

    private UUID risk(UUID areaId, String hazard) {
        var id = UUID.randomUUID();
        register.identify(
                new IdentifyRisk(
                        id,
                        null,
                        areaId,
                        "Casting",
                        UUID.fromString(risks.category("MOLTEN_METAL")),
                        hazard,
                        "Release",
                        "Burns",
                        risks.logins().viewer("manager").personId(),
                        LocalDate.now().plusMonths(6),
                        true),
                KEEPER);
        register.assess(id, Precondition.none(), new AssessRisk(4, 5, null), KEEPER);
        return id;
    }

    /** A milestone raised on the risk as of {@code raisedAt}, owned by the line manager. */
    private UUID milestone(UUID riskId, LocalDate due, Instant raisedAt) {
        var id = UUID.randomUUID();
        clock.replay(
                raisedAt,
                () -> planning.raise(
                        new RaiseAction(
                                id,
                                "Milestone " + due,
                                null,
                                SourceType.RISK,
                                riskId,
                                null,
                                risks.logins().viewer("manager").personId(),
                                null,
                                due,
                                null),
                        risks.logins().viewer("hse")));
        return id;
    }

    /** Done by the line manager and verified by the safety department as of {@code at}. */
    private void verify(UUID action, Instant at) {
        var manager = risks.logins().viewer("manager");
        clock.replay(at, () -> {
            progress.start(action, Precondition.none(), manager);
            progress.complete(action, Precondition.none(), "done", manager);
            return planning.verify(action, Precondition.none(), risks.logins().viewer("hse"));
        });
    }

    private ResultActions choose(String username, UUID siteId, UUID... riskIds) throws Exception {
        var request = put("/api/v1/risks/top/" + siteId);
        var version = jdbc.sql("select version from risk_top_five where id = :site")
                .param("site", siteId)
                .query(Long.class)
                .optional();
        version.ifPresent(v -> request.header("If-Match", "\"" + v + "\""));
        return risks.call(username, request, body(riskIds));
    }

    private static String body(UUID... riskIds) {
        return Arrays.stream(riskIds)
                .map(id -> "\"" + id + "\"")
                .collect(Collectors.joining(",", "{\"riskIds\":[", "]}"));
    }

    private List<UUID> chosen(UUID siteId) {
        return choice.chosen(siteId).map(TopRisks::riskIds).orElse(List.of());
    }

    private long version(UUID siteId) {
        return choice.chosen(siteId).orElseThrow().version();
    }

    private UUID otherSitesArea() {
        return jdbc.sql("select id from area where site_id <> :site and voided_at is null order by code limit 1")
                .param("site", site)
                .query(UUID.class)
                .single();
    }

    private UUID newArea(UUID siteId) {
        var code = "A" + UUID.randomUUID().toString().substring(0, 8);
        return plant.createArea(null, new DefineArea(siteId, code, "Bay " + code, null, null), admin())
                .id();
    }

    private Viewer admin() {
        return risks.logins().viewer("admin");
    }

    private String page(String path, String username, Locale locale) throws Exception {
        return mvc.perform(get(path).with(risks.logins().as(username)).locale(locale))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
