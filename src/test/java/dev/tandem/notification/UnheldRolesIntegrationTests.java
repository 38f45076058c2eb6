package dev.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.organisation.ConfigureEnterprise;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every role a rule or a ladder names is judged where it applies: a site's safety department and director, the
 * managing director of the enterprise, the manager of each area, the supervisor of each active contractor; and a
 * record without an area, which has no area manager, goes to its site's safety department instead, as the page says.
 */
@TandemIntegrationTest
class UnheldRolesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UnheldRoles unheld;

    @Autowired
    Recipients recipients;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    PlantStructure plant;

    @Autowired
    OrganisationRegister register;

    @Autowired
    JdbcClient jdbc;

    NotifyingFixture fixture;
    Viewer hse;

    @BeforeEach
    void setUp() {
        fixture = new NotifyingFixture(context);
        hse = fixture.viewer("hse");
    }

    @Test
    void anActionWithoutAnAreaTellsItsSitesSafetyDepartmentInsteadOfAnAreaManager() throws Exception {
        var action = ActionSubjects.link(fixture.action("worker", "Replace the first-aid kit"));

        assertThat(recipients.of(Set.of(RecipientRole.AREA_MANAGER), action)).containsExactly(fixture.person("hse"));
        assertThat(unheld.fallingBack(hse))
                .extracting(UnheldRoles.Unheld::kind)
                .contains("action.to-verify", "action.overdue");
        mvc.perform(get("/notifications/rules").with(fixture.logins.as("hse")))
                .andExpect(content().string(containsString("data-fallback=\"action.to-verify\"")));
    }

    @Test
    void aManagingDirectorLeftUnsetIsReportedForTheEnterprise() {
        var enterprise = plant.enterprise();
        var before = subscriptions.one("event.early-warning", hse).everySite();
        try {
            plant.updateEnterprise(
                    Precondition.none(), ConfigureEnterprise.of(enterprise).managedBy(null), Viewer.system());
            subscriptions.change(
                    "event.early-warning",
                    new Subscriptions.ChangeSubscriptions(Set.of(RecipientRole.MANAGING_DIRECTOR), null),
                    Precondition.none(),
                    hse);

            assertThat(unheld.all(hse)).anySatisfy(found -> {
                assertThat(found.kind()).isEqualTo("event.early-warning");
                assertThat(found.role()).isEqualTo(RecipientRole.MANAGING_DIRECTOR);
                assertThat(found.places()).containsExactly(enterprise.name());
            });
        } finally {
            subscriptions.change(
                    "event.early-warning",
                    new Subscriptions.ChangeSubscriptions(before, null),
                    Precondition.none(),
                    hse);
            plant.updateEnterprise(
                    Precondition.none(),
                    ConfigureEnterprise.of(plant.enterprise()).managedBy(enterprise.managingDirectorId()),
                    Viewer.system());
        }
    }

    @Test
    void anActiveContractorWithoutASupervisorWhoCanSignInIsReported() {
        var contractor1 = register.organisation(fixture.viewer("contractor1").organisationId(), Viewer.system());

        assertThat(unheld.all(hse))
                .filteredOn(found -> found.role() == RecipientRole.CONTRACTOR_SUPERVISOR)
                .filteredOn(found -> found.kind().equals("event.reported"))
                .singleElement()
                .satisfies(found -> assertThat(found.places()).isNotEmpty().doesNotContain(contractor1.name()));
    }

    @Test
    void anAreaWhoseManagerCannotSignInIsReportedAndOneWhoseManagerCanIsNot() {
        var managersArea = jdbc.sql("select name from area where owner_id = :manager and name <> 'Test area' limit 1")
                .param("manager", fixture.person("manager"))
                .query(String.class)
                .single();
        var unmanaged = UUID.randomUUID();
        var unmanagedName = "Unmanaged bay " + unmanaged.toString().substring(0, 8);
        jdbc.sql(
                        """
                        insert into area (id, site_id, code, name, owner_id, version)
                        values (:id, :site, :code, :name, null, 0)""")
                .param("id", unmanaged)
                .param("site", fixture.firstSite())
                .param("code", "U" + unmanaged.toString().substring(0, 8))
                .param("name", unmanagedName)
                .update();
        try {
            assertThat(unheld.all(hse))
                    .filteredOn(found -> found.role() == RecipientRole.AREA_MANAGER)
                    .filteredOn(found -> found.kind().equals("event.reported"))
                    .singleElement()
                    .satisfies(found ->
                            assertThat(found.places()).contains(unmanagedName).doesNotContain(managersArea));
        } finally {
            jdbc.sql("delete from area where id = :id").param("id", unmanaged).update();
        }
    }
}
