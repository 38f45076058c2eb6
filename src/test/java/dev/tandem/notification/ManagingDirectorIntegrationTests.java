package dev.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.organisation.PlantStructure;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The managing director is a setting of the enterprise, which administrators choose on the settings page or through
 * the API, kept in its history; notifications for the managing director reach that person and nobody else.
 */
@TandemIntegrationTest
class ManagingDirectorIntegrationTests {

    private static final Set<RecipientRole> MANAGING_DIRECTOR = Set.of(RecipientRole.MANAGING_DIRECTOR);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PlantStructure plant;

    @Autowired
    Recipients recipients;

    NotifyingFixture fixture;
    UUID demoDirector;

    @BeforeEach
    void setUp() {
        fixture = new NotifyingFixture(context);
        demoDirector = plant.enterprise().managingDirectorId();
    }

    @AfterEach
    void theDemoDirectorHeadsTheEnterpriseAgain() throws Exception {
        var settings = settings();
        change(settings, demoDirector).andExpect(status().isOk());
    }

    @Test
    void theDemoPlantsManagingDirectorHearsWhatTheRulesTellTheManagingDirector() {
        var action = ActionSubjects.link(fixture.action("manager", "Agree the crane stop signal"));

        assertThat(demoDirector).isEqualTo(fixture.person("director"));
        assertThat(recipients.of(MANAGING_DIRECTOR, action)).containsExactly(demoDirector);
    }

    @Test
    void anAdministratorChoosesAnotherThroughTheApiAndTheHistoryKeepsTheChange() throws Exception {
        var action = ActionSubjects.link(fixture.action("manager", "Review the gas detector budget"));
        var headOfSafety = fixture.person("hse");

        change(settings(), headOfSafety)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.managingDirectorId").value(headOfSafety.toString()));

        assertThat(recipients.of(MANAGING_DIRECTOR, action)).containsExactly(headOfSafety);
        mvc.perform(get("/enterprise").with(fixture.logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Managing director")))
                .andExpect(content().string(containsString("data-history")));
    }

    @Test
    void nobodyChosenIsNobodyTold() throws Exception {
        var action = ActionSubjects.link(fixture.action("manager", "Sign the contractor rating"));

        change(settings(), null).andExpect(status().isOk());

        assertThat(recipients.of(MANAGING_DIRECTOR, action)).isEmpty();
    }

    @Test
    void theSettingsPageSetsItWithTheVersionItWasFilledInOn() throws Exception {
        var headOfSafety = fixture.person("hse");
        var version = plant.enterprise().version();

        mvc.perform(post("/enterprise")
                        .with(fixture.logins.as("admin"))
                        .with(csrf())
                        .params(form(version))
                        .param("managingDirectorId", headOfSafety.toString()))
                .andExpect(redirectedUrl("/enterprise?saved"));
        assertThat(plant.enterprise().managingDirectorId()).isEqualTo(headOfSafety);

        mvc.perform(post("/enterprise")
                        .with(fixture.logins.as("admin"))
                        .with(csrf())
                        .params(form(version))
                        .param("managingDirectorId", demoDirector.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this record meanwhile")));
        assertThat(plant.enterprise().managingDirectorId()).isEqualTo(headOfSafety);
    }

    @Test
    void aContractorsPersonOrSomebodyUnknownIsRefusedAndNothingChanges() throws Exception {
        var settings = settings();
        for (var nobody : new UUID[] {fixture.person("contractor1"), UUID.randomUUID()}) {
            change(settings, nobody)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.errors[0].field").value("managingDirectorId"));
        }
        assertThat(plant.enterprise().managingDirectorId()).isEqualTo(demoDirector);
    }

    @Test
    void aStaleOrMissingVersionChangesNothing() throws Exception {
        var settings = settings();
        var body = body(settings, fixture.person("hse"));

        mvc.perform(put("/api/v1/enterprise")
                        .header("Authorization", fixture.logins.bearer("admin"))
                        .header("If-Match", "\"" + (plant.enterprise().version() - 1) + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(put("/api/v1/enterprise")
                        .header("Authorization", fixture.logins.bearer("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isPreconditionRequired());
        assertThat(plant.enterprise().managingDirectorId()).isEqualTo(demoDirector);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hse", "director", "manager", "worker", "contractor1"})
    void onlyAnAdministratorChoosesTheManagingDirector(String username) throws Exception {
        var settings = settings();
        var own = fixture.person(username);

        mvc.perform(put("/api/v1/enterprise")
                        .header("Authorization", fixture.logins.bearer(username))
                        .header("If-Match", settings.getHeader("ETag"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(settings, own)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/enterprise")
                        .with(fixture.logins.as(username))
                        .with(csrf())
                        .params(form(plant.enterprise().version()))
                        .param("managingDirectorId", own.toString()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/enterprise/managing-directors").with(fixture.logins.as(username)))
                .andExpect(status().isForbidden());
        assertThat(plant.enterprise().managingDirectorId()).isEqualTo(demoDirector);
    }

    private MockHttpServletResponse settings() throws Exception {
        return mvc.perform(get("/api/v1/enterprise").header("Authorization", fixture.logins.bearer("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
    }

    private ResultActions change(MockHttpServletResponse settings, UUID managingDirector) throws Exception {
        return mvc.perform(put("/api/v1/enterprise")
                .header("Authorization", fixture.logins.bearer("admin"))
                .header("If-Match", settings.getHeader("ETag"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(settings, managingDirector)));
    }

    private static String body(MockHttpServletResponse settings, UUID managingDirector) throws Exception {
        var chosen = managingDirector == null ? "null" : "\"" + managingDirector + "\"";
        return settings.getContentAsString()
                .replaceFirst("\"managingDirectorId\":(null|\"[^\"]*\")", "\"managingDirectorId\":" + chosen);
    }

    /** The settings page's fields as they are, but the managing director. */
    private MultiValueMap<String, String> form(Long version) {
        var enterprise = plant.enterprise();
        var form = new LinkedMultiValueMap<String, String>();
        form.add("version", String.valueOf(version));
        form.add("name", enterprise.name());
        form.add("timeZone", enterprise.timeZone());
        form.add("frequencyRateBase", String.valueOf(enterprise.frequencyRateBase()));
        form.add("daysWithoutTrigger", enterprise.daysWithoutTrigger().name());
        form.add("language", enterprise.language());
        form.add("ltiCountsFatalities", String.valueOf(enterprise.ltiCountsFatalities()));
        form.add("anonymousReporting", String.valueOf(enterprise.anonymousReporting()));
        return form;
    }
}
