package dev.tandem.kpi;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Test fixtures for the figures: sites, contractors and hours through the API as the safety department records
 * them, and safety events, injuries and actions as plain rows in the tables of the event and action modules.
 */
final class SafetyRecords {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final String hse;
    private final String admin;

    SafetyRecords(MockMvc mvc, JdbcClient jdbc, String hseBearer, String adminBearer) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.hse = hseBearer;
        this.admin = adminBearer;
    }

    static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000 + SEQUENCE.incrementAndGet();
    }

    UUID site() throws Exception {
        var body = mvc.perform(post("/api/v1/sites")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + unique("K") + "\",\"name\":\"Figures site\",\"timeZone\":\"UTC\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    String siteCode(UUID site) {
        return jdbc.sql("select code from site where id = :id")
                .param("id", site)
                .query(String.class)
                .single();
    }

    UUID area(UUID site) throws Exception {
        var body = mvc.perform(post("/api/v1/areas")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"siteId\":\"" + site + "\",\"code\":\"" + unique("A") + "\",\"name\":\"Bay\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    UUID contractor(String name) throws Exception {
        var body = mvc.perform(post("/api/v1/organisations")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    void hours(UUID organisation, UUID site, YearMonth month, String hours, String headcount) throws Exception {
        mvc.perform(post("/api/v1/hours")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"organisationId\":\"%s\",\"siteId\":\"%s\",\"month\":\"%s\",\"hours\":%s,\"averageHeadcount\":%s}"
                                        .formatted(organisation, site, month, hours, headcount)))
                .andExpect(status().is2xxSuccessful());
    }

    ZoneId enterpriseZone() {
        return ZoneId.of(
                jdbc.sql("select time_zone from enterprise").query(String.class).single());
    }

    /** Noon of a day of a month in the enterprise's zone. */
    Instant in(YearMonth month, int day) {
        return month.atDay(day).atTime(12, 0).atZone(enterpriseZone()).toInstant();
    }

    UUID event(String type, UUID site, UUID area, UUID organisation, Instant occurredAt) {
        var id = UUID.randomUUID();
        jdbc.sql(
                        """
                        insert into safety_event (id, type, status, occurred_at, reported_at, site_id, area_id,
                            organisation_id, description, reporter_organisation_id, version)
                        values (:id, :type, 'REPORTED', :at, :at, :site, :area, :organisation, 'test event',
                            :organisation, 0)""")
                .param("id", id)
                .param("type", type)
                .param("at", Timestamp.from(occurredAt))
                .param("site", site)
                .param("area", area)
                .param("organisation", organisation)
                .update();
        return id;
    }

    /** An incident with one injured person of {@code injured}'s organisation. */
    UUID injury(String injuryClass, UUID site, UUID workOf, UUID injured, Instant occurredAt, int daysAway) {
        var event = event("INCIDENT", site, null, workOf, occurredAt);
        injure(event, injured, injuryClass, daysAway);
        return event;
    }

    void injure(UUID event, UUID organisation, String injuryClass, int daysAway) {
        jdbc.sql(
                        """
                        insert into injury (safety_event, safety_event_key, person_name, organisation_id,
                            injury_class, days_away)
                        values (:event, (select count(*) from injury where safety_event = :event), 'Injured person',
                            :organisation, :class, :days)""")
                .param("event", event)
                .param("organisation", organisation)
                .param("class", injuryClass)
                .param("days", daysAway)
                .update();
    }

    void voidEvent(UUID event) {
        jdbc.sql("update safety_event set voided_at = now(), voided_reason = 'entered twice' where id = :id")
                .param("id", event)
                .update();
    }

    UUID action(
            UUID site,
            UUID organisation,
            UUID owner,
            String sourceCategory,
            String status,
            LocalDate due,
            Instant createdAt,
            Instant doneAt) {
        var id = UUID.randomUUID();
        jdbc.sql(
                        """
                        insert into corrective_action (id, title, source_type, source_category, site_id,
                            owner_person_id, responsible_organisation_id, due_date, priority, status, created_at,
                            done_at, version)
                        values (:id, 'Fix it', 'OTHER', :category, :site, :owner, :organisation, :due, 'MEDIUM',
                            :status, :created, :done, 0)""")
                .param("id", id)
                .param("category", sourceCategory)
                .param("site", site)
                .param("owner", owner)
                .param("organisation", organisation)
                .param("due", Date.valueOf(due))
                .param("status", status)
                .param("created", Timestamp.from(createdAt))
                .param("done", doneAt == null ? null : Timestamp.from(doneAt))
                .update();
        return id;
    }

    void voidAction(UUID action) {
        jdbc.sql("update corrective_action set voided_at = now(), voided_reason = 'duplicate' where id = :id")
                .param("id", action)
                .update();
    }

    /** Sets the enterprise's frequency rate base through its API, as an administrator; returns the base it had. */
    int frequencyRateBase(int base) throws Exception {
        var response = mvc.perform(get("/api/v1/enterprise").header("Authorization", admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        var body = response.getContentAsString();
        int before = JsonPath.read(body, "$.frequencyRateBase");
        mvc.perform(put("/api/v1/enterprise")
                        .header("Authorization", admin)
                        .header("If-Match", response.getHeader("ETag"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replaceAll("\"frequencyRateBase\":\\d+", "\"frequencyRateBase\":" + base)))
                .andExpect(status().isOk());
        return before;
    }
}
