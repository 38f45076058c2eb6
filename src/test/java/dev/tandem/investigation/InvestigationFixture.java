package dev.tandem.investigation;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.event.EventReporting;
import dev.tandem.event.EventReview;
import dev.tandem.event.EventType;
import dev.tandem.event.InjuredPerson;
import dev.tandem.event.InjuryClass;
import dev.tandem.event.ReportEvent;
import dev.tandem.event.ReviseEvent;
import dev.tandem.identity.ApiCalls;
import dev.tandem.identity.Logins;
import dev.tandem.shared.Precondition;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What the investigation tests need: calls as a demo user, incidents reviewed by the safety department, machines with
 * downtimes, and investigations opened over the API.
 */
final class InvestigationFixture {

    final Logins logins;
    final JdbcClient jdbc;
    private final MockMvc mvc;
    private final ApplicationContext context;
    final ApiCalls calls;

    InvestigationFixture(MockMvc mvc, ApplicationContext context) {
        this.mvc = mvc;
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
        this.logins = new Logins(context);
        this.calls = new ApiCalls(mvc, logins);
    }

    /** A call of the API as the given demo user; {@code json} may be null. */
    ResultActions call(String username, MockHttpServletRequestBuilder request, String json) throws Exception {
        return calls.call(username, request, json);
    }

    /** A page as the given demo user opens it in their session, answered 200. */
    String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(logins.as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** A step on the investigation, sending its current version as If-Match. */
    ResultActions step(String username, MockHttpServletRequestBuilder request, UUID id, String json) throws Exception {
        return calls.step(username, request, version(id), json);
    }

    long version(UUID id) {
        return jdbc.sql("select version from investigation where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    long investigations() {
        return jdbc.sql("select count(*) from investigation").query(Long.class).single();
    }

    /** The investigations that look into the record, voided or not. */
    List<UUID> investigationsOf(UUID recordId) {
        return jdbc.sql("select investigation from investigation_record where record_id = :id")
                .param("id", recordId)
                .query(UUID.class)
                .list();
    }

    /**
     * Waits until every announcement made so far has been handled by every listener (the demo plant's own may still
     * be at work when a test begins).
     */
    void settled() {
        await().atMost(Duration.ofMinutes(5))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
                                .query(Long.class)
                                .single()
                        == 0);
    }

    /**
     * An incident in the safety department's site, concerning {@code whose}'s organisation, reviewed with an injury
     * of the class given (none when null) and SIF potential as given.
     */
    UUID incident(String whose, InjuryClass injury, boolean sif) {
        var hse = logins.viewer("hse");
        var site = hse.siteId() != null ? hse.siteId() : anySite();
        var occurred = Instant.now().minus(2, ChronoUnit.HOURS);
        var reported = context.getBean(EventReporting.class)
                .report(
                        new ReportEvent(
                                UUID.randomUUID(),
                                EventType.INCIDENT,
                                occurred,
                                site,
                                null,
                                "A ladle tilted while being lifted",
                                false),
                        null,
                        hse)
                .record();
        var injuries = injury == null
                ? List.<InjuredPerson>of()
                : List.of(new InjuredPerson(
                        null, "A. Fitter", logins.viewer(whose).organisationId(), injury, "hand", "burn", 3, 0));
        context.getBean(EventReview.class)
                .revise(
                        reported.id(),
                        Precondition.version(reported.version()),
                        new ReviseEvent(
                                EventType.INCIDENT,
                                occurred,
                                site,
                                null,
                                logins.viewer(whose).organisationId(),
                                List.of(),
                                "A ladle tilted while being lifted",
                                sif,
                                false,
                                null,
                                null,
                                injuries),
                        hse);
        return reported.id();
    }

    private UUID anySite() {
        return jdbc.sql("select id from site where voided_at is null order by code limit 1")
                .query(UUID.class)
                .single();
    }

    /** A new machine in the plant's first area, registered as the safety department. */
    UUID machine() throws Exception {
        var place = jdbc.sql("select site_id, id from area where voided_at is null order by code limit 1")
                .query((rs, row) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .single();
        var code = "INV-" + UUID.randomUUID().toString().substring(0, 8);
        var body =
                """
                {"siteId": "%s", "areaId": "%s", "code": "%s", "name": "Test pump", "type": "PUMP",
                 "criticality": "HIGH"}"""
                        .formatted(place[0], place[1], code);
        var json = call("hse", post("/api/v1/equipment"), body)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(json, "$.id"));
    }

    /** The machine down for {@code reason} from {@code from} until {@code to}, then running; answers the downtime. */
    UUID downtime(UUID machine, Instant from, Instant to, String reason) throws Exception {
        state(machine, from, "DOWN", reason);
        state(machine, to, "RUNNING", null);
        return jdbc.sql("select id from downtime where equipment_id = :machine and started_at = :from")
                .param("machine", machine)
                .param("from", java.sql.Timestamp.from(from))
                .query(UUID.class)
                .single();
    }

    private void state(UUID machine, Instant at, String state, String reason) throws Exception {
        var body = """
                {"equipmentId": "%s", "at": "%s", "state": "%s"%s}"""
                .formatted(machine, at, state, reason == null ? "" : ", \"reason\": \"" + reason + "\"");
        call("hse", post("/api/v1/equipment/states"), body).andExpect(status().is2xxSuccessful());
    }

    /** The body that opens an investigation of the records, led by the line manager, with the members given. */
    String opening(UUID id, List<String> records, List<UUID> members, String dueDate) {
        return """
                {"id": "%s", "records": [%s],
                 "plan": {"title": "Why the ladle tilted", "leaderPersonId": "%s", "memberPersonIds": [%s],
                          "dueDate": "%s"}}"""
                .formatted(
                        id,
                        String.join(",", records),
                        logins.viewer("manager").personId(),
                        String.join(
                                ",", members.stream().map(m -> "\"" + m + "\"").toList()),
                        dueDate);
    }

    /** An investigation of the records opened over the API by {@code username}, led by the line manager; its id. */
    UUID opened(String username, List<String> records, List<UUID> members, String dueDate) throws Exception {
        var id = UUID.randomUUID();
        call(username, post("/api/v1/investigations"), opening(id, records, members, dueDate))
                .andExpect(status().isCreated());
        return id;
    }

    /** An investigation the line manager opened of a new incident of the worker's, due in 20 days; answers its id. */
    UUID openedByTheManager() throws Exception {
        var incident = incident("worker", null, false);
        return opened("manager", List.of(event(incident)), List.of(), dueIn20Days());
    }

    /** An investigation the line manager opened of an injury to the first contractor's worker, with that worker on its team. */
    UUID openedOnAContractorsWork() throws Exception {
        var incident = incident("contractor1", InjuryClass.FIRST_AID, false);
        return opened(
                "manager",
                List.of(event(incident)),
                List.of(logins.viewer("contractor1.worker").personId()),
                dueIn20Days());
    }

    static String dueIn20Days() {
        return java.time.LocalDate.now().plusDays(20).toString();
    }

    static String event(UUID id) {
        return "{\"kind\": \"EVENT\", \"recordId\": \"" + id + "\"}";
    }

    static String downtimeRecord(UUID id) {
        return "{\"kind\": \"DOWNTIME\", \"recordId\": \"" + id + "\"}";
    }
}
