package dev.tandem.risk;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.identity.ApiCalls;
import dev.tandem.identity.Logins;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** What the register's tests need around them: calls as a demo user, risks entered, areas in and out of reach. */
final class RiskFixture {

    /**
     * The areas a contractor reaches, as the register decides: those of its planned and running engagements, or for a
     * contractor without any, those where its organisation's safety records are. Takes the organisation's parameter.
     */
    private static final String REACH =
            """
            (select x.area_id from contractor_engagement e, unnest(e.area_ids) as x(area_id)
             where e.organisation_id = %1$s and e.status in ('PLANNED', 'ACTIVE') and e.voided_at is null
             union
             select f.area_id from safety_event_fact f
             where f.organisation_id = %1$s and f.voided_at is null and f.area_id is not null
               and not exists (select 1 from contractor_engagement c
                               where c.organisation_id = %1$s and c.status in ('PLANNED', 'ACTIVE')
                                 and c.voided_at is null and cardinality(c.area_ids) > 0))
            """;

    private final JdbcClient jdbc;
    private final Logins logins;
    private final ApiCalls calls;

    RiskFixture(MockMvc mvc, JdbcClient jdbc, Logins logins) {
        this.jdbc = jdbc;
        this.logins = logins;
        this.calls = new ApiCalls(mvc, logins);
    }

    Logins logins() {
        return logins;
    }

    /** A call of the API as the given demo user; {@code json} may be null. */
    ResultActions call(String username, MockHttpServletRequestBuilder request, String json) throws Exception {
        return calls.call(username, request, json);
    }

    /** A call that changes the risk, sending its current version as If-Match. */
    ResultActions step(String username, String id, String step, String json) throws Exception {
        return calls.step(username, post("/api/v1/risks/" + id + "/" + step), version(id), json);
    }

    long version(String id) {
        return jdbc.sql("select version from risk_entry where id = :id")
                .param("id", UUID.fromString(id))
                .query(Long.class)
                .single();
    }

    /** The JSON of a new risk in the area; fatal or not. */
    String details(UUID id, String areaId, String categoryId, String hazard, boolean fatal) {
        return """
                {"id":"%s","areaId":"%s","activity":"Tapping the blast furnace","hazardCategoryId":"%s",
                 "hazard":"%s","unwantedEvent":"Breakout of molten iron","consequence":"Burns",
                 "ownerPersonId":"%s","reviewDate":"%s","fatal":%s}"""
                .formatted(
                        id,
                        areaId,
                        categoryId,
                        hazard,
                        logins.viewer("manager").personId(),
                        LocalDate.now().plusMonths(6),
                        fatal);
    }

    /** Enters a risk as the safety department and answers its id. */
    String risk(String areaId, String hazard, boolean fatal) throws Exception {
        var id = UUID.randomUUID();
        call("hse", post("/api/v1/risks"), details(id, areaId, category("MOLTEN_METAL"), hazard, fatal))
                .andExpect(status().isCreated());
        return id.toString();
    }

    /** Enters a risk and assesses it. */
    String assessed(String areaId, String hazard, int likelihood, int severity) throws Exception {
        var id = risk(areaId, hazard, false);
        step("hse", id, "assess", assessment(likelihood, severity)).andExpect(status().isOk());
        return id;
    }

    static String assessment(int likelihood, int severity) {
        return "{\"likelihood\":%d,\"severity\":%d}".formatted(likelihood, severity);
    }

    String category(String code) {
        return jdbc.sql("select id::text from hazard_category where code = :code")
                .param("code", code)
                .query(String.class)
                .single();
    }

    /** An area on the safety department's site in the organisation's reach ({@link #REACH}), where most of its events are. */
    String areaWorkedInBy(String username) {
        return jdbc.sql(
                        "select a.id::text from area a where a.id in " + REACH.formatted(":org")
                                + """
                          and (cast(:site as uuid) is null or a.site_id = :site)
                        order by (select count(*) from safety_event_fact f
                                  where f.area_id = a.id and f.organisation_id = :org) desc, a.id limit 1""")
                .param("org", logins.viewer(username).organisationId())
                .param("site", logins.viewer("hse").siteId())
                .query(String.class)
                .single();
    }

    /** A new area on the safety department's site: nobody works there yet, so no contractor reaches it. */
    String areaNobodyWorksIn(dev.tandem.organisation.PlantStructure plant) {
        var hse = logins.viewer("hse");
        var site = hse.siteId() != null
                ? hse.siteId()
                : jdbc.sql("select id from site where voided_at is null order by code limit 1")
                        .query(UUID.class)
                        .single();
        var code = "R" + UUID.randomUUID().toString().substring(0, 8);
        return plant.createArea(
                        null,
                        new dev.tandem.organisation.DefineArea(site, code, "New bay " + code, null, null),
                        logins.viewer("admin"))
                .id()
                .toString();
    }

    /** An area on the safety department's site where the first organisation's people work and the second's do not. */
    String areaWorkedInOnlyBy(String username, String other) {
        return jdbc.sql(
                        "select a.id::text from area a where a.id in " + REACH.formatted(":org")
                                + " and a.id not in " + REACH.formatted(":other")
                                + """
                          and (cast(:site as uuid) is null or a.site_id = :site)
                        order by (select count(*) from safety_event_fact f
                                  where f.area_id = a.id and f.organisation_id = :org) desc, a.id limit 1""")
                .param("org", logins.viewer(username).organisationId())
                .param("other", logins.viewer(other).organisationId())
                .param("site", logins.viewer("hse").siteId())
                .query(String.class)
                .single();
    }

    /** The current matrix's band of a cell, as the API gives it. */
    String band(int likelihood, int severity) throws Exception {
        var matrix = call("worker", get("/api/v1/risk-matrix"), null)
                .andReturn()
                .getResponse()
                .getContentAsString();
        int levels = JsonPath.<Integer>read(matrix, "$.severities.length()");
        return JsonPath.read(matrix, "$.bands[" + ((likelihood - 1) * levels + severity - 1) + "]");
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
