package dev.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.identity.Logins;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A site, an area, an organisation or a person that active records still depend on is not voided: the API answers
 * 400 naming what depends on it, the page shows the same beside its void form, and nothing is voided. Once the
 * dependents are gone, voiding works.
 */
@TandemIntegrationTest
class VoidingDependentsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    Logins logins;
    String tag;
    UUID siteId;

    @BeforeEach
    void setUp() throws Exception {
        logins = new Logins(context);
        tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        siteId = created(
                "/api/v1/sites", "{\"code\":\"V%s\",\"name\":\"Void works\",\"timeZone\":\"UTC\"}".formatted(tag));
    }

    @Test
    void anAreaWithEquipmentInUseIsNotVoidedUntilTheEquipmentIsGone() throws Exception {
        var area = area("A");
        var pump = created(
                "/api/v1/equipment",
                "{\"siteId\":\"%s\",\"areaId\":\"%s\",\"code\":\"P-%s\",\"name\":\"Slurry pump\",\"type\":\"PUMP\",\"criticality\":\"HIGH\"}"
                        .formatted(siteId, area, tag));

        var refused = voiding("/api/v1/areas/" + area);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat((String) JsonPath.read(refused.getContentAsString(), "$.detail"))
                .contains("P-" + tag);
        assertThat((String) JsonPath.read(refused.getContentAsString(), "$.errors[0].field"))
                .isEqualTo("reason");
        assertThat(voided("area", area)).isFalse();

        assertThat(voiding("/api/v1/equipment/" + pump).getStatus()).isEqualTo(200);
        assertThat(voiding("/api/v1/areas/" + area).getStatus()).isEqualTo(200);
        assertThat(voided("area", area)).isTrue();
    }

    @Test
    void thePageSaysWhatStillStandsInTheAreaBesideItsVoidForm() throws Exception {
        var area = area("B");
        created(
                "/api/v1/equipment",
                "{\"siteId\":\"%s\",\"areaId\":\"%s\",\"code\":\"F-%s\",\"name\":\"Fan\",\"type\":\"FAN\",\"criticality\":\"LOW\"}"
                        .formatted(siteId, area, tag));

        for (var language : new String[] {"en", "ru"}) {
            var post = mvc.perform(post("/areas/{id}/void", area)
                            .with(logins.as("hse"))
                            .with(csrf())
                            .param("reason", "Closed"))
                    .andReturn();
            assertThat(post.getResponse().getRedirectedUrl()).isEqualTo("/areas/" + area);
            var page = mvc.perform(get("/areas/{id}", area)
                            .param("lang", language)
                            .with(logins.as("hse"))
                            .flashAttrs(post.getFlashMap()))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).contains("data-void-refused").contains("F-" + tag);
            assertThat(page)
                    .contains(language.equals("en") ? "Equipment in use still stands in this area" : "На участке ещё");
        }
        assertThat(voided("area", area)).isFalse();
    }

    @Test
    void aSiteWithAreasInUseIsNotVoided() throws Exception {
        area("C");
        var refused = voiding("/api/v1/sites/" + siteId);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(refused.getContentAsString(), "$.detail"))
                .contains("V" + tag + "C");
        assertThat(voided("site", siteId)).isFalse();
    }

    @Test
    void anOrganisationWithPeopleIsNotVoided() throws Exception {
        var contractor = created("/api/v1/organisations", "{\"name\":\"Void Contracting %s\"}".formatted(tag));
        created(
                "/api/v1/people",
                "{\"organisationId\":\"%s\",\"fullName\":\"Ivan Voidov %s\"}".formatted(contractor, tag));

        var refused = voiding("/api/v1/organisations/" + contractor);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(refused.getContentAsString(), "$.detail"))
                .contains("Ivan Voidov " + tag);
        assertThat(voided("organisation", contractor)).isFalse();
    }

    @Test
    void aPersonOwningAreasOrOpenActionsIsNotVoided() throws Exception {
        var owner = logins.viewer("hse").organisationId();
        var manager = created(
                "/api/v1/people", "{\"organisationId\":\"%s\",\"fullName\":\"Area Owner %s\"}".formatted(owner, tag));
        var area = created(
                "/api/v1/areas",
                "{\"siteId\":\"%s\",\"code\":\"V%sD\",\"name\":\"Owned area\",\"ownerId\":\"%s\"}"
                        .formatted(siteId, tag, manager));
        var refused = voiding("/api/v1/people/" + manager);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(refused.getContentAsString(), "$.detail"))
                .contains("V" + tag + "D");

        assertThat(voiding("/api/v1/areas/" + area).getStatus()).isEqualTo(200);
        created(
                "/api/v1/actions",
                "{\"title\":\"Fence the pit %s\",\"sourceType\":\"OTHER\",\"siteId\":\"%s\",\"ownerPersonId\":\"%s\",\"responsibleOrganisationId\":\"%s\",\"dueDate\":\"%s\"}"
                        .formatted(tag, siteId, manager, owner, LocalDate.now().plusDays(7)));
        refused = voiding("/api/v1/people/" + manager);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(refused.getContentAsString(), "$.detail"))
                .contains("Fence the pit " + tag);
        assertThat(voided("person", manager)).isFalse();
    }

    private UUID area(String suffix) throws Exception {
        return created(
                "/api/v1/areas",
                "{\"siteId\":\"%s\",\"code\":\"V%s%s\",\"name\":\"Void area\"}".formatted(siteId, tag, suffix));
    }

    private UUID created(String path, String json) throws Exception {
        var response = mvc.perform(post(path)
                        .header("Authorization", logins.bearer("hse"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return UUID.fromString(JsonPath.read(response.getContentAsString(), "$.id"));
    }

    private MockHttpServletResponse voiding(String record) throws Exception {
        return mvc.perform(post(record + "/void")
                        .header("Authorization", logins.bearer("hse"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"No longer used\"}"))
                .andReturn()
                .getResponse();
    }

    private boolean voided(String table, UUID id) {
        return jdbc.sql("select voided_at is not null from " + table + " where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }
}
