package dev.tandem.risk;

import static dev.tandem.risk.RiskFixture.assessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Accounts;
import dev.tandem.identity.Logins;
import dev.tandem.identity.OpenAccount;
import dev.tandem.organisation.DefineArea;
import dev.tandem.organisation.DefineSite;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.RegisterPerson;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who reads and keeps the register: a contractor reads the risks of the areas its people work in and changes nothing;
 * the owner company reads every risk; its safety department and line managers keep their site's; directors accept.
 */
@TandemIntegrationTest
class RiskScopeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RiskRegister register;

    @Autowired
    dev.tandem.organisation.PlantStructure plant;

    RiskFixture risks;
    String inReach;
    String outOfReach;
    String marker;

    @BeforeEach
    void setUp() throws Exception {
        risks = new RiskFixture(mvc, jdbc, new Logins(context));
        marker = "scope-" + UUID.randomUUID();
        inReach = risks.assessed(risks.areaWorkedInOnlyBy("contractor1", "contractor2"), marker + " in reach", 3, 3);
        outOfReach = risks.assessed(newArea(), marker + " out of reach", 3, 3);
    }

    @Test
    void aContractorReadsTheRisksOfTheAreasItsPeopleWorkInAndNoOthers() throws Exception {
        for (var contractor : List.of("contractor1", "contractor1.worker")) {
            assertThat(listed(contractor)).containsExactly(inReach);
            risks.call(contractor, get("/api/v1/risks/" + inReach), null).andExpect(status().isOk());
            risks.call(contractor, get("/api/v1/risks/" + outOfReach), null).andExpect(status().isNotFound());
            risks.call(contractor, get("/api/v1/risks/" + outOfReach + "/history"), null)
                    .andExpect(status().isNotFound());
        }
        assertThat(listed("contractor2")).doesNotContain(inReach, outOfReach);
        risks.call("contractor2", get("/api/v1/risks/" + inReach), null).andExpect(status().isNotFound());
        assertThat(listed("worker")).containsExactlyInAnyOrder(inReach, outOfReach);
        assertThat(listed("director")).containsExactlyInAnyOrder(inReach, outOfReach);
    }

    @Test
    void aContractorsHeatMapAndExportHoldOnlyTheRisksInItsReach() throws Exception {
        var cells = risks.call("contractor1", get("/api/v1/risks/heat-map").param("q", marker), null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(cells, "$[?(@.likelihood == 3 && @.severity == 3)].count"))
                .containsExactly(1);
        // the export streams after the controller returns: wait for it before reading it
        var started = risks.call("contractor1", get("/api/v1/risks/export").param("format", "csv"), null)
                .andExpect(request().asyncStarted())
                .andReturn();
        var csv = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains(marker + " in reach").doesNotContain(marker + " out of reach");
    }

    @ParameterizedTest
    @ValueSource(strings = {"contractor1", "contractor1.worker", "worker", "director", "admin"})
    void whoDoesNotKeepTheRegisterChangesNothingInIt(String username) throws Exception {
        long version = risks.version(inReach);
        var details = risks.details(
                UUID.randomUUID(), risks.areaWorkedInBy("contractor1"), risks.category("GAS"), "x", false);
        risks.call(username, post("/api/v1/risks"), details).andExpect(status().isForbidden());
        // the same create replayed under the stored risk's id
        var replayed = risks.details(
                UUID.fromString(inReach), risks.areaWorkedInBy("contractor1"), risks.category("GAS"), "x", false);
        risks.call(username, post("/api/v1/risks"), replayed).andExpect(status().isForbidden());
        risks.step(username, inReach, "assess", assessment(1, 1)).andExpect(status().isForbidden());
        risks.step(username, inReach, "residual", assessment(1, 1)).andExpect(status().isForbidden());
        risks.call(username, post("/api/v1/risks/" + inReach + "/void"), "{\"reason\":\"gone\"}")
                .andExpect(status().isForbidden());
        assertThat(risks.version(inReach)).isEqualTo(version);
    }

    @Test
    void aContractorLearnsNothingOfARiskOutOfItsReachNotEvenByChangingIt() throws Exception {
        long version = risks.version(outOfReach);
        risks.step("contractor1", outOfReach, "assess", assessment(1, 1)).andExpect(status().isNotFound());
        risks.step("contractor1", outOfReach, "accept", "{\"justification\":\"x\"}")
                .andExpect(status().isNotFound());
        risks.call("contractor1", post("/api/v1/risks/" + outOfReach + "/void"), "{\"reason\":\"gone\"}")
                .andExpect(status().isNotFound());
        assertThat(risks.version(outOfReach)).isEqualTo(version);
        mvc.perform(get("/risks/" + outOfReach).with(risks.logins().as("contractor1")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theSafetyDepartmentOfOneSiteKeepsNoOtherSitesRegister() {
        var hse = risks.logins().viewer("hse").onSite(UUID.randomUUID());
        assertThatThrownBy(() ->
                        register.assess(UUID.fromString(inReach), Precondition.none(), new AssessRisk(1, 1, null), hse))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLineManagerOfAnotherSiteChangesNothingInThisSitesRegisterAndKeepsTheirOwn() throws Exception {
        var admin = risks.logins().viewer("admin");
        var code = "L" + UUID.randomUUID().toString().substring(0, 8);
        var site = plant.createSite(null, DefineSite.named(code, "Site " + code, "Europe/Moscow", null), admin)
                .id();
        var ownArea = plant.createArea(null, new DefineArea(site, code, "Bay " + code, null, null), admin)
                .id()
                .toString();
        var manager = "lm" + code.toLowerCase();
        var person = context.getBean(OrganisationRegister.class)
                .addPerson(
                        null,
                        new RegisterPerson(
                                admin.organisationId(),
                                "Manager " + code,
                                "Shop manager",
                                site,
                                null,
                                null,
                                null,
                                null),
                        admin)
                .record();
        context.getBean(Accounts.class)
                .open(new OpenAccount(manager, person.id(), Set.of(Role.LINE_MANAGER), "line-manager-" + code), admin);
        assertThat(risks.logins().viewer(manager).siteId()).isEqualTo(site);
        var otherSite = jdbc.sql("select site_id from risk_entry where id = cast(:risk as uuid)")
                .param("risk", inReach)
                .query(UUID.class)
                .single();
        assertThat(otherSite).isNotEqualTo(site);

        var controls = new ControlFixture(risks, jdbc);
        var control = controls.critical(inReach, "manager");
        long controlVersion = controlVersion(control);
        long version = risks.version(inReach);
        risks.step(manager, inReach, "assess", assessment(1, 1)).andExpect(status().isForbidden());
        risks.step(manager, inReach, "residual", assessment(1, 1)).andExpect(status().isForbidden());
        risks.call(manager, post("/api/v1/risks/" + inReach + "/void"), "{\"reason\":\"gone\"}")
                .andExpect(status().isForbidden());
        var elsewhere = UUID.randomUUID();
        risks.call(
                        manager,
                        post("/api/v1/risks"),
                        risks.details(elsewhere, newArea(), risks.category("GAS"), marker + " elsewhere", false))
                .andExpect(status().isForbidden());
        assertThat(risks.version(inReach)).isEqualTo(version);
        assertThat(jdbc.sql("select count(*) from risk_entry where id = :id")
                        .param("id", elsewhere)
                        .query(Long.class)
                        .single())
                .isZero();

        // the same line manager keeps the register of their own site
        var own = UUID.randomUUID();
        risks.call(manager, post("/api/v1/risks"), risks.details(own, ownArea, risks.category("GAS"), marker, false))
                .andExpect(status().isCreated());

        // but a replay of this site's risk's create, or of its control's under their own risk, is refused as new ones
        var replayed = risks.details(UUID.fromString(inReach), ownArea, risks.category("GAS"), marker, false);
        risks.call(manager, post("/api/v1/risks"), replayed).andExpect(status().isForbidden());
        var controlReplayed = ControlFixture.control(
                UUID.fromString(control), "ENGINEERING", controls.person(manager), true, "Reads 20 ppm", 7);
        controls.add(manager, own.toString(), controlReplayed).andExpect(status().isForbidden());
        assertThat(risks.version(inReach)).isEqualTo(version);
        assertThat(controlVersion(control)).isEqualTo(controlVersion);
    }

    @Test
    void theRegistersPageListsOnlyWhatTheViewerReads() throws Exception {
        var page = mvc.perform(
                        get("/risks").param("q", marker).with(risks.logins().as("contractor1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(marker + " in reach").doesNotContain(marker + " out of reach");
        mvc.perform(get("/risks/" + inReach).with(risks.logins().as("contractor1.worker")))
                .andExpect(status().isOk());
    }

    private long controlVersion(String id) {
        return jdbc.sql("select version from risk_control where id = cast(:id as uuid)")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    /** One new area for the whole class, so that the plant's area count grows by one at most. */
    private static String newArea;

    private String newArea() {
        if (newArea == null) {
            newArea = risks.areaNobodyWorksIn(plant);
        }
        return newArea;
    }

    private List<String> listed(String username) throws Exception {
        var page = risks.call(username, get("/api/v1/risks").param("q", marker), null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(page, "$.items[*].id");
    }
}
