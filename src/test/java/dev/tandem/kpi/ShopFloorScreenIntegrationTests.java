package dev.tandem.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import dev.tandem.kpi.figures.FigureScope;
import dev.tandem.kpi.figures.KpiFigures;
import dev.tandem.kpi.figures.Workforce;
import dev.tandem.organisation.DefineSite;
import dev.tandem.organisation.NewPlaces;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.Precondition;
import dev.tandem.stopwork.RaiseStopWork;
import dev.tandem.stopwork.StopWorkControl;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@TandemIntegrationTest
class ShopFloorScreenIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KpiFigures figures;

    @Autowired
    PlantStructure plant;

    Logins logins;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
    }

    record SiteRow(UUID id, String name) {}

    @Test
    void aSiteWithNoLostTimeInjuryOnRecordSaysSoInsteadOfADash() throws Exception {
        var site = plant.createSite(
                null,
                DefineSite.named(
                        "NEW-" + UUID.randomUUID().toString().substring(0, 6),
                        "New galvanising line",
                        "Asia/Yekaterinburg",
                        null),
                logins.viewer("hse"));

        for (var language : new String[][] {
            {"en", "No lost-time injury on record"}, {"ru", "Травм с потерей рабочего времени не зарегистрировано"}
        }) {
            var token = setUp("Galvanising TV " + language[0], site.id(), language[0], 12);
            mvc.perform(get("/screen/" + token + "/figures"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("data-none-on-record>" + language[1] + "<")));
        }
        mvc.perform(get("/dashboard/figures")
                        .param("site", site.id().toString())
                        .with(logins.as("director")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No lost-time injury on record")));
    }

    @Test
    void aScreenOpensWithItsLinkAloneAndShowsItsSitesFiguresInItsLanguage() throws Exception {
        var site = firstSite();
        var token = setUp("Rolling mill TV", site.id(), "ru", 12);

        var days = figures.dashboard(
                        new FigureScope(site.id(), null, null, Workforce.ALL),
                        Optional.empty(),
                        logins.viewer("director"))
                .yearToDate()
                .daysWithout()
                .days();
        mvc.perform(get("/screen/" + token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(site.name())))
                .andExpect(content().string(containsString("data-rotate=\"12\"")))
                .andExpect(content()
                        .string(containsString(
                                days == null
                                        ? "Травм с потерей рабочего времени не зарегистрировано"
                                        : ">" + days + "<")))
                .andExpect(content().string(containsString("/screen/" + token + "/stream")));
        mvc.perform(get("/screen/" + token + "/figures"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("data-view=\"trend\"")));
        mvc.perform(get("/screen/" + token + "/stream")).andExpect(request().asyncStarted());

        var seen = jdbc.sql("select count(*) from display_screen where last_seen_at is not null and name = :name")
                .param("name", "Rolling mill TV")
                .query(Long.class)
                .single();
        assertThat(seen).isEqualTo(1);
    }

    @Test
    void aScreenShowsItsSitesStopsOfWorkAndNeverWhoRaisedThem() throws Exception {
        var places = new NewPlaces(context);
        var site = places.site("Pipe mill", null);
        var area = places.area(site.id(), "Pipe bay", logins.viewer("manager").personId());
        var stops = context.getBean(StopWorkControl.class);
        var manager = logins.viewer("manager");
        stops.raise(stop(area, "contractor1.worker"), null, logins.viewer("contractor1.worker"));
        var answered = stops.raise(stop(area, "worker"), null, logins.viewer("worker"))
                .record()
                .id();
        stops.acknowledge(answered, Precondition.none(), manager);
        stops.resolve(answered, Precondition.none(), "Air conditioning repaired", manager);
        var token = setUp("Pipe mill TV", site.id(), "en", 12);

        var page = mvc.perform(get("/screen/" + token + "/figures"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-view=\"stops\"")))
                .andExpect(content().string(containsString(">Stops of work, year to date (")))
                .andExpect(content().string(containsString("<div class=\"screen-number text-warning\">2</div>")))
                .andExpect(content().string(containsString(">50")))
                .andExpect(content()
                        .string(containsString(
                                "Accepted by line managers (the cause removed or compensated for): 1 of 2")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (var initiator : new String[] {"contractor1.worker", "worker"}) {
            var name = jdbc.sql("select full_name from person where id = :id")
                    .param("id", logins.viewer(initiator).personId())
                    .query(String.class)
                    .single();
            assertThat(page).doesNotContain(name);
        }
    }

    private RaiseStopWork stop(UUID area, String username) {
        return new RaiseStopWork(
                UUID.randomUUID(),
                area,
                logins.viewer(username).organisationId(),
                "Lifting pipes with the bay crane",
                "The cab's air conditioning failed",
                null,
                null);
    }

    @Test
    void theTokenIsKeptOnlyAsAHashAndOpensNothingElse() throws Exception {
        var token = setUp("Gate house TV", null, "en", 20);

        var stored = jdbc.sql("select token_hash from display_screen where name = 'Gate house TV'")
                .query(String.class)
                .single();
        assertThat(stored).isNotEqualTo(token).hasSize(64);
        var history = jdbc.sql(
                        "select count(*) from history_entry where changes::text like :token or changes::text like :hash")
                .param("token", "%" + token + "%")
                .param("hash", "%" + stored + "%")
                .query(Long.class)
                .single();
        assertThat(history).isZero();

        mvc.perform(get("/api/v1/figures/dashboard").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/dashboard").header("Authorization", "Bearer " + token))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/screen/tds_" + "x".repeat(43))).andExpect(status().isNotFound());
        mvc.perform(get("/screen/not-a-token/figures")).andExpect(status().isNotFound());
    }

    @Test
    void aScreenSwitchedOffStopsAtOnce() throws Exception {
        var token = setUp("Warehouse TV", null, "en", 30);
        var id = jdbc.sql("select id from display_screen where name = 'Warehouse TV'")
                .query(UUID.class)
                .single();

        mvc.perform(post("/screens/" + id + "/void")
                        .param("reason", "moved")
                        .with(csrf())
                        .with(logins.as("manager")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/screen/" + token)).andExpect(status().isOk());

        mvc.perform(post("/screens/" + id + "/void")
                        .param("reason", "the TV was moved to the canteen")
                        .with(csrf())
                        .with(logins.as("hse")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/screen/" + token)).andExpect(status().isNotFound());
        mvc.perform(get("/screen/" + token + "/stream")).andExpect(status().isNotFound());
        mvc.perform(get("/screens").with(logins.as("hse")))
                .andExpect(content().string(containsString("Warehouse TV")))
                .andExpect(content().string(containsString("switched off")));
    }

    @Test
    void onlyTheOwnersSafetyDepartmentAndAdministratorsSetScreensUp() throws Exception {
        for (var login : new String[] {"worker", "manager", "director", "contractor1"}) {
            mvc.perform(get("/screens").with(logins.as(login))).andExpect(status().isForbidden());
            mvc.perform(post("/screens")
                            .param("name", "Sneaky TV")
                            .param("rotateSeconds", "20")
                            .param("language", "en")
                            .with(csrf())
                            .with(logins.as(login)))
                    .andExpect(status().isForbidden());
        }
        assertThat(count("Sneaky TV")).isZero();
    }

    @Test
    void badSettingsComeBackOnTheFormAndNothingIsSetUp() throws Exception {
        mvc.perform(post("/screens")
                        .param("name", "Too fast TV")
                        .param("rotateSeconds", "2")
                        .param("language", "en")
                        .with(csrf())
                        .with(logins.as("hse")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/screens")
                        .param("name", "Nowhere TV")
                        .param("siteId", UUID.randomUUID().toString())
                        .param("rotateSeconds", "20")
                        .param("language", "en")
                        .with(csrf())
                        .with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No such site.")));
        assertThat(count("Too fast TV") + count("Nowhere TV")).isZero();
    }

    private String setUp(String name, UUID site, String language, int seconds) throws Exception {
        var request = post("/screens")
                .param("name", name)
                .param("rotateSeconds", String.valueOf(seconds))
                .param("language", language)
                .with(csrf())
                .with(logins.as("hse"));
        if (site != null) {
            request.param("siteId", site.toString());
        }
        var link = (String) mvc.perform(request)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap()
                .get("issuedLink");
        assertThat(link).contains("/screen/tds_");
        return link.substring(link.indexOf("/screen/") + "/screen/".length());
    }

    private SiteRow firstSite() {
        return jdbc.sql("select id, name from site where voided_at is null order by code limit 1")
                .query(SiteRow.class)
                .single();
    }

    private long count(String name) {
        return jdbc.sql("select count(*) from display_screen where name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }
}
