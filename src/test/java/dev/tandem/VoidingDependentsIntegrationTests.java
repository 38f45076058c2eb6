package dev.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

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
 * A site, an area, an organisation, a person (of areas, open actions, risks or controls), a machine or a record with
 * open actions that active records still depend on is not voided: the API
 * answers 400 naming what depends on it, the page shows the same beside its void form, and nothing is voided. Once the
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
            var page = refusedVoidPage("/areas/" + area + "/void", "/areas/" + area, "Closed", language);
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

    @Test
    void aPersonWhoOwnsRisksIsNotVoidedUntilTheyAreHandedOverOrVoided() throws Exception {
        var owner = created(
                "/api/v1/people",
                "{\"organisationId\":\"%s\",\"fullName\":\"Risk Owner %s\"}"
                        .formatted(logins.viewer("hse").organisationId(), tag));
        // on the safety department's own site, whose register it keeps
        var area = created(
                "/api/v1/areas",
                "{\"siteId\":\"%s\",\"code\":\"V%sR\",\"name\":\"Risk bay\"}"
                        .formatted(logins.viewer("hse").siteId(), tag));
        var handedOver = risk("R-" + tag, area, "Tuyere blow-back " + tag, owner);
        var voidedRisk = risk(null, area, "Runner overflow " + tag, owner);

        var refused = voiding("/api/v1/people/" + owner);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat((String) JsonPath.read(refused.getContentAsString(), "$.detail"))
                .contains("still owns risks", "R-" + tag + " Tuyere blow-back " + tag, "Runner overflow " + tag);
        for (var language : new String[] {"en", "ru"}) {
            var page = refusedVoidPage("/people/" + owner + "/void", "/people/" + owner, "Left", language);
            assertThat(page).contains("data-void-refused").contains("Runner overflow " + tag);
            assertThat(page).contains(language.equals("en") ? "still owns risks" : "риски реестра");
        }
        assertThat(voided("person", owner)).isFalse();

        var manager = logins.viewer("manager").personId();
        var handOver = mvc.perform(put("/api/v1/risks/" + handedOver)
                        .header("Authorization", logins.bearer("hse"))
                        .header("If-Match", "\"" + version("risk_entry", handedOver) + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(riskJson(null, "R-" + tag, area, "Tuyere blow-back " + tag, manager)))
                .andReturn()
                .getResponse();
        assertThat(handOver.getStatus()).as(handOver.getContentAsString()).isEqualTo(200);
        refused = voiding("/api/v1/people/" + owner);
        assertThat((String) JsonPath.read(refused.getContentAsString(), "$.detail"))
                .contains("Runner overflow " + tag)
                .doesNotContain("Tuyere");
        assertThat(voiding("/api/v1/risks/" + voidedRisk).getStatus()).isEqualTo(200);
        assertThat(voiding("/api/v1/people/" + owner).getStatus()).isEqualTo(200);
        assertThat(voided("person", owner)).isTrue();
    }

    @Test
    void equipmentWithSignalTagsInUseIsNotVoidedUntilTheTagsAre() throws Exception {
        var pump = equipment("G");
        var flow = created(
                "/api/v1/signals/tags",
                "{\"equipmentId\":\"%s\",\"key\":\"VOID.%s.FLOW\",\"name\":\"Flow\",\"unit\":\"m3/h\"}"
                        .formatted(pump, tag));

        var refused = voiding("/api/v1/equipment/" + pump);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat((String) JsonPath.read(refused.getContentAsString(), "$.detail"))
                .contains("VOID." + tag + ".FLOW");
        assertThat(voided("equipment", pump)).isFalse();

        assertThat(voiding("/api/v1/signals/tags/" + flow).getStatus()).isEqualTo(200);
        assertThat(voiding("/api/v1/equipment/" + pump).getStatus()).isEqualTo(200);
        assertThat(voided("equipment", pump)).isTrue();
    }

    @Test
    void theEquipmentPageSaysWhichTagsStillMeasureIt() throws Exception {
        var pump = equipment("H");
        created(
                "/api/v1/signals/tags",
                "{\"equipmentId\":\"%s\",\"key\":\"VOID.%s.PRESSURE\",\"name\":\"Pressure\",\"unit\":\"bar\"}"
                        .formatted(pump, tag));

        for (var language : new String[] {"en", "ru"}) {
            var page = refusedVoidPage(
                    "/equipment/" + pump + "/void", "/equipment/" + pump + "/edit", "Scrapped", language);
            assertThat(page).contains("data-void-refused").contains("VOID." + tag + ".PRESSURE");
            assertThat(page).contains(language.equals("en") ? "Signal tags in use still measure" : "ещё измеряют");
        }
        assertThat(voided("equipment", pump)).isFalse();
    }

    @Test
    void aPersonWhoCanStillSignInIsNotVoidedUntilTheAccountIsDisabled() throws Exception {
        var person = created(
                "/api/v1/people",
                "{\"organisationId\":\"%s\",\"fullName\":\"Signing In %s\"}"
                        .formatted(logins.viewer("hse").organisationId(), tag));
        var username = "void." + tag.toLowerCase();
        var account = created(
                "/api/v1/users",
                "{\"username\":\"%s\",\"personId\":\"%s\",\"roles\":[\"WORKER\"],\"password\":\"Void-works-%s-2026\"}"
                        .formatted(username, person, tag),
                "admin");

        var refused = voiding("/api/v1/people/" + person);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(refused.getContentAsString(), "$.detail"))
                .contains(username);
        assertThat(voided("person", person)).isFalse();

        var disabled = mvc.perform(put("/api/v1/users/{id}/roles", account)
                        .header("Authorization", logins.bearer("admin"))
                        .header("If-Match", "*")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\":[\"WORKER\"],\"enabled\":false}"))
                .andReturn()
                .getResponse();
        assertThat(disabled.getStatus()).as(disabled.getContentAsString()).isEqualTo(200);
        assertThat(voiding("/api/v1/people/" + person).getStatus()).isEqualTo(200);
    }

    @Test
    void anOrganisationResponsibleForOpenActionsIsNotVoided() throws Exception {
        var contractor = created("/api/v1/organisations", "{\"name\":\"Void Responsible %s\"}".formatted(tag));
        var owner = created(
                "/api/v1/people",
                "{\"organisationId\":\"%s\",\"fullName\":\"Action Owner %s\"}"
                        .formatted(logins.viewer("hse").organisationId(), tag));
        created(
                "/api/v1/actions",
                "{\"title\":\"Mend the rail %s\",\"sourceType\":\"OTHER\",\"siteId\":\"%s\",\"ownerPersonId\":\"%s\",\"responsibleOrganisationId\":\"%s\",\"dueDate\":\"%s\"}"
                        .formatted(
                                tag, siteId, owner, contractor, LocalDate.now().plusDays(7)));

        var refused = voiding("/api/v1/organisations/" + contractor);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(refused.getContentAsString(), "$.detail"))
                .contains("Mend the rail " + tag);
        assertThat(voided("organisation", contractor)).isFalse();
    }

    @Test
    void aRecordWithOpenActionsRaisedOnItIsNotVoidedUntilTheyAre() throws Exception {
        var event = created(
                "/api/v1/events",
                "{\"type\":\"HAZARD\",\"siteId\":\"%s\",\"description\":\"Loose grating %s\"}".formatted(siteId, tag));
        var action = created(
                "/api/v1/actions",
                "{\"title\":\"Weld the grating %s\",\"sourceType\":\"EVENT\",\"sourceId\":\"%s\",\"ownerPersonId\":\"%s\",\"dueDate\":\"%s\"}"
                        .formatted(
                                tag,
                                event,
                                logins.viewer("hse").personId(),
                                LocalDate.now().plusDays(7)));

        var refused = voiding("/api/v1/events/" + event);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(refused.getContentAsString(), "$.detail"))
                .contains("Weld the grating " + tag);
        assertThat(voided("safety_event", event)).isFalse();
        for (var language : new String[] {"en", "ru"}) {
            var page = refusedVoidPage("/events/" + event + "/void", "/events/" + event, "Duplicate", language);
            assertThat(page).contains("data-void-refused").contains("Weld the grating " + tag);
            assertThat(page).contains(language.equals("en") ? "Open actions were raised" : "открытые мероприятия");
        }
        assertThat(voided("safety_event", event)).isFalse();

        assertThat(voiding("/api/v1/actions/" + action).getStatus()).isEqualTo(200);
        assertThat(voiding("/api/v1/events/" + event).getStatus()).isEqualTo(200);
        assertThat(voided("safety_event", event)).isTrue();
    }

    @Test
    void aSiteShownOnAShopFloorScreenIsNotVoided() throws Exception {
        var setUp = mvc.perform(post("/screens")
                        .with(logins.as("hse"))
                        .with(csrf())
                        .param("name", "Void hall " + tag)
                        .param("siteId", siteId.toString())
                        .param("rotateSeconds", "20")
                        .param("language", "en"))
                .andReturn()
                .getResponse();
        assertThat(setUp.getRedirectedUrl()).isEqualTo("/screens");

        var refused = voiding("/api/v1/sites/" + siteId);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(refused.getContentAsString(), "$.detail"))
                .contains("Void hall " + tag);
        assertThat(voided("site", siteId)).isFalse();
    }

    /** Voids a record from its page as the safety department, and answers the page it comes back to. */
    private String refusedVoidPage(String voidPath, String recordPage, String reason, String language)
            throws Exception {
        var post = mvc.perform(
                        post(voidPath).with(logins.as("hse")).with(csrf()).param("reason", reason))
                .andReturn();
        assertThat(post.getResponse().getRedirectedUrl()).isEqualTo(recordPage);
        return mvc.perform(get(recordPage)
                        .param("lang", language)
                        .with(logins.as("hse"))
                        .flashAttrs(post.getFlashMap()))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private UUID equipment(String suffix) throws Exception {
        return created(
                "/api/v1/equipment",
                "{\"siteId\":\"%s\",\"areaId\":\"%s\",\"code\":\"%s-%s\",\"name\":\"Pump\",\"type\":\"PUMP\",\"criticality\":\"HIGH\"}"
                        .formatted(siteId, area(suffix), suffix, tag));
    }

    private UUID risk(String externalId, UUID area, String hazard, UUID owner) throws Exception {
        return created("/api/v1/risks", riskJson(UUID.randomUUID(), externalId, area, hazard, owner));
    }

    private String riskJson(UUID id, String externalId, UUID area, String hazard, UUID owner) {
        var category = jdbc.sql("select id from hazard_category where code = 'MOLTEN_METAL'")
                .query(UUID.class)
                .single();
        return """
                {%s"externalId":%s,"areaId":"%s","activity":"Tapping","hazardCategoryId":"%s","hazard":"%s",
                 "unwantedEvent":"Release of hot metal","consequence":"Burns","ownerPersonId":"%s",
                 "reviewDate":"%s","fatal":true}"""
                .formatted(
                        id == null ? "" : "\"id\":\"" + id + "\",",
                        externalId == null ? "null" : "\"" + externalId + "\"",
                        area,
                        category,
                        hazard,
                        owner,
                        LocalDate.now().plusMonths(6));
    }

    private long version(String table, UUID id) {
        return jdbc.sql("select version from " + table + " where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private UUID area(String suffix) throws Exception {
        return created(
                "/api/v1/areas",
                "{\"siteId\":\"%s\",\"code\":\"V%s%s\",\"name\":\"Void area\"}".formatted(siteId, tag, suffix));
    }

    private UUID created(String path, String json) throws Exception {
        return created(path, json, "hse");
    }

    private UUID created(String path, String json, String username) throws Exception {
        var response = mvc.perform(post(path)
                        .header("Authorization", logins.bearer(username))
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
