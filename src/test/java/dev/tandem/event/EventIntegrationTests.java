package dev.tandem.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.ApiCalls;
import dev.tandem.identity.Logins;
import dev.tandem.organisation.DefineArea;
import dev.tandem.organisation.DefineSite;
import dev.tandem.organisation.PlantStructure;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@TandemIntegrationTest
class EventIntegrationTests {

    /** The smallest PNG there is: one transparent pixel. */
    static final byte[] PNG = java.util.Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    Logins logins;
    ApiCalls api;
    String areaId;
    String siteId;

    @BeforeEach
    void setUp() throws Exception {
        logins = new Logins(context);
        api = new ApiCalls(mvc, logins);
        var areas = ApiCalls.body(api.call("hse", get("/api/v1/areas"), null));
        areaId = JsonPath.read(areas, "$.items[0].id");
        siteId = JsonPath.read(areas, "$.items[0].siteId");
    }

    @Test
    void aReportSentTwiceUnderOneIdIsStoredOnce() throws Exception {
        var id = UUID.randomUUID();
        var report = report(id, "HAZARD", areaId, "Oil on the stairs to the crane cabin");
        api.call("worker", post("/api/v1/events"), report)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(id.toString()))
                .andExpect(jsonPath("$.status").value("REPORTED"));
        api.call("worker", post("/api/v1/events"), report)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id.toString()));

        assertThat(count(id)).isEqualTo(1);
        api.call("worker", get("/api/v1/events/{id}", id), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.siteId").value(siteId))
                .andExpect(jsonPath("$.description").value("Oil on the stairs to the crane cabin"));
    }

    @Test
    void badReportsAreRefusedWithTheFieldAndNothingIsStored() throws Exception {
        var future = UUID.randomUUID();
        api.call(
                        "worker",
                        post("/api/v1/events"),
                        report(
                                future,
                                "HAZARD",
                                areaId,
                                "Tomorrow",
                                Instant.now().plus(2, ChronoUnit.DAYS)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("occurredAt"));
        var nowhere = UUID.randomUUID();
        api.call(
                        "worker",
                        post("/api/v1/events"),
                        report(nowhere, "HAZARD", UUID.randomUUID().toString(), "Unknown area"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("areaId"));
        var typeless = UUID.randomUUID();
        api.call("worker", post("/api/v1/events"), report(typeless, "", areaId, "No type"))
                .andExpect(status().isBadRequest());
        var machine = UUID.randomUUID();
        api.call("worker", post("/api/v1/events"), report(machine, "EARLY_WARNING", areaId, "By hand"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"));

        assertThat(count(future) + count(nowhere) + count(typeless) + count(machine))
                .isZero();
    }

    @Test
    void aWorkerReadsTheirOwnReportsOnlyAndAContractorOnlyTheirOrganisations() throws Exception {
        var id = UUID.randomUUID();
        api.call(
                        "contractor1.worker",
                        post("/api/v1/events"),
                        report(id, "NEAR_MISS", areaId, "A load swung over walkway 7B"))
                .andExpect(status().isCreated());

        api.call("contractor1", get("/api/v1/events/{id}", id), null).andExpect(status().isOk());
        api.call("contractor2", get("/api/v1/events/{id}", id), null).andExpect(status().isNotFound());
        api.call("worker", get("/api/v1/events/{id}", id), null).andExpect(status().isNotFound());
        api.call("contractor2", get("/api/v1/events?size=100"), null)
                .andExpect(jsonPath("$.items[*].id", not(hasItem(id.toString()))));
        api.call("hse", get("/api/v1/events?size=100&sort=reported,desc"), null)
                .andExpect(jsonPath("$.items[*].id", hasItem(id.toString())));
        api.call("contractor1", post("/api/v1/events/{id}/review", id).header("If-Match", "*"), null)
                .andExpect(status().isForbidden());
        assertThat(exported("contractor1")).contains("A load swung over walkway 7B");
        assertThat(exported("contractor2")).contains("\r\n").doesNotContain("A load swung over walkway 7B");
    }

    /** The event list as CSV, streamed after the controller returns: wait for it before reading it. */
    private String exported(String user) throws Exception {
        var started = api.call(
                        user,
                        get("/api/v1/events/export").param("format", "csv").param("q", "walkway 7B"),
                        null)
                .andExpect(request().asyncStarted())
                .andReturn();
        return mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theSafetyDepartmentReviewsAnIncidentWithItsInjuredAndClosesIt() throws Exception {
        var id = UUID.randomUUID();
        api.call("worker", post("/api/v1/events"), report(id, "INCIDENT", areaId, "Hand caught in a conveyor"))
                .andExpect(status().isCreated());
        var organisation = logins.viewer("contractor1").organisationId();
        api.call("hse", post("/api/v1/events/{id}/review", id).header("If-Match", "*"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
                .andExpect(header().string("ETag", "\"1\""));

        var revision = json(
                """
                {'type':'INCIDENT','occurredAt':'%s','siteId':'%s','areaId':'%s','organisationId':'%s',
                 'description':'Hand caught in a conveyor','sifPotential':true,
                 'injuries':[{'personName':'I. Petrov','organisationId':'%s','injuryClass':'LOST_TIME',
                              'bodyPart':'hand','daysAway':240}]}""",
                Instant.now().minus(1, ChronoUnit.HOURS), siteId, areaId, organisation, organisation);
        api.step("hse", put("/api/v1/events/{id}", id), 0, revision).andExpect(status().isPreconditionFailed());
        api.step("hse", put("/api/v1/events/{id}", id), 1, revision)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.injuries[0].daysAway").value(180))
                .andExpect(jsonPath("$.organisationId").value(organisation.toString()));

        api.call("hse", post("/api/v1/events/{id}/close", id).header("If-Match", "*"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
        api.call("hse", put("/api/v1/events/{id}", id).header("If-Match", "*"), revision)
                .andExpect(status().isBadRequest());
        api.call("hse", get("/api/v1/events/{id}/history", id), null)
                .andExpect(jsonPath("$.length()").value(4));
        api.call("contractor1", get("/api/v1/events/{id}", id), null).andExpect(status().isOk());
    }

    @Test
    void anInjuryReclassifiedFromFirstAidToLostTimeShowsInTheHistoryItemByItem() throws Exception {
        var id = UUID.randomUUID();
        api.call("worker", post("/api/v1/events"), report(id, "INCIDENT", areaId, "Burn from a splash of slag"))
                .andExpect(status().isCreated());
        var organisation = logins.viewer("contractor1").organisationId();
        api.call("hse", post("/api/v1/events/{id}/review", id).header("If-Match", "*"), null)
                .andExpect(status().isOk());
        var revision =
                """
                {'type':'INCIDENT','occurredAt':'%s','siteId':'%s','areaId':'%s','organisationId':'%s',
                 'description':'Burn from a splash of slag',
                 'injuries':[{'personName':'S. Orlov','organisationId':'%s','injuryClass':'%s',
                              'bodyPart':'forearm','daysAway':%d}]}""";
        var occurred = Instant.now().minus(1, ChronoUnit.HOURS);
        api.step(
                        "hse",
                        put("/api/v1/events/{id}", id),
                        1,
                        json(revision, occurred, siteId, areaId, organisation, organisation, "FIRST_AID", 0))
                .andExpect(status().isOk());
        api.step(
                        "hse",
                        put("/api/v1/events/{id}", id),
                        2,
                        json(revision, occurred, siteId, areaId, organisation, organisation, "LOST_TIME", 40))
                .andExpect(status().isOk());

        api.call("hse", get("/api/v1/events/{id}/history", id), null)
                .andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[2].changes['injuries[1].personName'].to").value("S. Orlov"))
                .andExpect(jsonPath("$[2].changes['injuries[1].bodyPart'].to").value("forearm"))
                .andExpect(
                        jsonPath("$[2].changes['injuries[1].injuryClass'].to").value("FIRST_AID"))
                .andExpect(jsonPath("$[3].changes.length()").value(2))
                .andExpect(
                        jsonPath("$[3].changes['injuries[1].injuryClass'].from").value("FIRST_AID"))
                .andExpect(
                        jsonPath("$[3].changes['injuries[1].injuryClass'].to").value("LOST_TIME"))
                .andExpect(jsonPath("$[3].changes['injuries[1].daysAway'].from").value("0"))
                .andExpect(jsonPath("$[3].changes['injuries[1].daysAway'].to").value("40"));
    }

    @Test
    void injuriesBelongToIncidentsAndOnlyTheSafetyDepartmentCallsAViolationDeliberate() throws Exception {
        var id = UUID.randomUUID();
        api.call(
                        "worker",
                        post("/api/v1/events"),
                        report(id, "VIOLATION", areaId, "Working at height without a harness"))
                .andExpect(status().isCreated());
        var organisation = logins.viewer("contractor2").organisationId();
        var withInjury = json(
                """
                {'type':'VIOLATION','occurredAt':'%s','siteId':'%s','organisationId':'%s','description':'x',
                 'injuries':[{'personName':'A','organisationId':'%s','injuryClass':'FIRST_AID'}]}""",
                Instant.now().minus(1, ChronoUnit.HOURS), siteId, organisation, organisation);
        api.call("hse", put("/api/v1/events/{id}", id).header("If-Match", "*"), withInjury)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("injuries"));
        var deliberate = json(
                """
                {'type':'VIOLATION','occurredAt':'%s','siteId':'%s','organisationId':'%s','description':'x',
                 'deliberate':true}""",
                Instant.now().minus(1, ChronoUnit.HOURS), siteId, organisation);
        api.call("manager", put("/api/v1/events/{id}", id).header("If-Match", "*"), deliberate)
                .andExpect(status().isForbidden());
        api.call("hse", put("/api/v1/events/{id}", id).header("If-Match", "*"), deliberate)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deliberate").value(true));
    }

    @Test
    void photosAreCheckedByTheirContentAndSize() throws Exception {
        var id = UUID.randomUUID();
        api.call("worker", post("/api/v1/events"), report(id, "HAZARD", areaId, "Missing guard rail"))
                .andExpect(status().isCreated());
        var photo = ApiCalls.body(api.call(
                        "worker",
                        multipart("/api/v1/events/{id}/photos", id)
                                .file(new MockMultipartFile("photo", "rail.png", "image/png", PNG)),
                        null)
                .andExpect(status().isCreated()));
        api.call("worker", get("/api/v1/events/{id}/photos/{photo}", id, JsonPath.read(photo, "$.id")), null)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"));
        api.call(
                        "worker",
                        multipart("/api/v1/events/{id}/photos", id)
                                .file(new MockMultipartFile(
                                        "photo", "virus.jpg", "image/jpeg", "MZ not a picture".getBytes())),
                        null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("photo"));
        var huge = new byte[11 * 1024 * 1024];
        System.arraycopy(PNG, 0, huge, 0, PNG.length);
        api.call(
                        "worker",
                        multipart("/api/v1/events/{id}/photos", id)
                                .file(new MockMultipartFile("photo", "huge.png", "image/png", huge)),
                        null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The photo is too large: at most 10 MB."));
        assertThat(jdbc.sql("select count(*) from event_photo where event_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theFieldFormStoresAReportWithItsPhotoOnceAndAnswersTheScriptWithErrorsByField() throws Exception {
        var id = UUID.randomUUID();
        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(multipart("/report")
                            .file(new MockMultipartFile("photo", "p.png", "image/png", PNG))
                            .param("id", id.toString())
                            .param("type", "HAZARD")
                            .param("where", "area:" + areaId)
                            .param("description", "Broken ladder")
                            .param("occurredAt", Instant.now().toString())
                            .accept(MediaType.APPLICATION_JSON)
                            .with(logins.as("contractor1.worker"))
                            .with(csrf()))
                    .andExpect(status().is(attempt == 0 ? 201 : 200))
                    .andExpect(jsonPath("$.id").value(id.toString()));
        }
        assertThat(count(id)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from event_photo where event_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        mvc.perform(multipart("/report")
                        .param("id", UUID.randomUUID().toString())
                        .param("where", "area:" + areaId)
                        .param("description", "")
                        .accept(MediaType.APPLICATION_JSON)
                        .with(logins.as("worker"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("type")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("description")));
    }

    @Test
    void theReviewPageRecordsInjuredPeopleInTheEnterprisesLocalTime() throws Exception {
        var id = UUID.randomUUID();
        api.call("worker", post("/api/v1/events"), report(id, "INCIDENT", areaId, "Slipped on ice at the gate"))
                .andExpect(status().isCreated());
        var organisation = logins.viewer("worker").organisationId();

        mvc.perform(get("/events").param("q", "Slipped on ice").with(logins.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Slipped on ice at the gate")));
        mvc.perform(get("/events/{id}", id).with(logins.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("injuries[0].personName")));
        mvc.perform(post("/events/{id}", id)
                        .with(logins.as("manager"))
                        .with(csrf())
                        .param("version", "0")
                        .param("type", "INCIDENT")
                        .param("occurredAt", "2026-01-15T08:30")
                        .param("siteId", siteId)
                        .param("areaId", areaId)
                        .param("organisationId", organisation.toString())
                        .param("description", "Slipped on ice at the gate")
                        .param("_sifPotential", "on")
                        .param("_deliberate", "on")
                        .param("injuries[0].personName", "V. Sidorov")
                        .param("injuries[0].organisationId", organisation.toString())
                        .param("injuries[0].injuryClass", "FIRST_AID")
                        .param("injuries[0].daysAway", "0")
                        .param("injuries[0].daysRestricted", "0")
                        .param("injuries[1].personName", "")
                        .param("injuries[1].injuryClass", "")
                        .param("injuries[1].daysAway", "0")
                        .param("injuries[1].daysRestricted", "0"))
                .andExpect(status().is3xxRedirection());

        var zone = context.getBean(dev.tandem.organisation.PlantStructure.class)
                .enterprise()
                .zone();
        api.call("hse", get("/api/v1/events/{id}", id), null)
                .andExpect(jsonPath("$.injuries.length()").value(1))
                .andExpect(jsonPath("$.injuries[0].injuryClass").value("FIRST_AID"))
                .andExpect(jsonPath("$.sifPotential").value(false))
                .andExpect(jsonPath("$.occurredAt")
                        .value(java.time.LocalDateTime.parse("2026-01-15T08:30")
                                .atZone(zone)
                                .toInstant()
                                .toString()));
        mvc.perform(get("/events/{id}", id).with(logins.as("contractor2"))).andExpect(status().isNotFound());
        mvc.perform(post("/events/{id}/close", id).with(logins.as("worker")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theEventPageReadsEveryTimeOnTheClockOfTheEventsSiteAndSaysWhichItIs() throws Exception {
        var admin = logins.viewer("admin");
        var plant = context.getBean(PlantStructure.class);
        var code = "SP" + UUID.randomUUID().toString().substring(0, 6);
        var site = plant.createSite(
                UUID.randomUUID(), DefineSite.named(code, "São Paulo works", "America/Sao_Paulo", null), admin);
        var area =
                plant.createArea(UUID.randomUUID(), new DefineArea(site.id(), code, "Rolling mill", null, null), admin);
        var id = UUID.randomUUID();
        // 08:30 in São Paulo (UTC-3), 16:30 on the enterprise's clock in Yekaterinburg (UTC+5)
        api.call(
                        "hse",
                        post("/api/v1/events"),
                        report(
                                id,
                                "NEAR_MISS",
                                area.id().toString(),
                                "A coil slid off the cradle",
                                Instant.parse("2026-01-15T11:30:00Z")))
                .andExpect(status().isCreated());
        var organisation = logins.viewer("hse").organisationId();

        mvc.perform(post("/events/{id}", id)
                        .with(logins.as("hse"))
                        .with(csrf())
                        .param("version", "0")
                        .param("type", "NEAR_MISS")
                        .param("occurredAt", "2026-01-15T07:00")
                        .param("siteId", site.id().toString())
                        .param("areaId", area.id().toString())
                        .param("organisationId", organisation.toString())
                        .param("description", "A coil slid off the cradle")
                        .param("_sifPotential", "on")
                        .param("_deliberate", "on"))
                .andExpect(status().is3xxRedirection());

        api.call("hse", get("/api/v1/events/{id}", id), null)
                .andExpect(jsonPath("$.occurredAt").value("2026-01-15T10:00:00Z"));
        var page = mvc.perform(get("/events/{id}", id).with(logins.as("hse")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var history = page.substring(page.indexOf("data-history"));
        assertThat(history).contains("2026-01-15 08:30", "2026-01-15 07:00").doesNotContain("2026-01-15 16:30");
        assertThat(page)
                .contains("value=\"2026-01-15T07:00\"", "America/Sao_Paulo")
                .doesNotContain("2026-01-15 15:00");
    }

    private long count(UUID id) {
        return jdbc.sql("select count(*) from safety_event where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private static String report(UUID id, String type, String area, String description) {
        return report(id, type, area, description, Instant.now().minus(10, ChronoUnit.MINUTES));
    }

    private static String report(UUID id, String type, String area, String description, Instant at) {
        return json(
                "{'id':'%s','type':'%s','areaId':'%s','description':'%s','occurredAt':'%s'}",
                id, type, area, description, at);
    }

    private static String json(String template, Object... values) {
        return String.format(template, values).replace('\'', '"');
    }
}
