package dev.tandem.equipment;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.identity.Logins;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Fresh machines for a test, registered and fed through the API as the safety department. */
final class Machines {

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final String hse;

    Machines(MockMvc mvc, JdbcClient jdbc, Logins logins) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.hse = logins.bearer("hse");
    }

    record Place(UUID siteId, UUID areaId) {}

    /** An area of the demo plant by its code, with its site. */
    Place area(String code) {
        return jdbc.sql("select site_id, id as area_id from area where code = :code")
                .param("code", code)
                .query(Place.class)
                .single();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new pump in the blast furnace area of the main works; answers its id. */
    UUID register(String code) throws Exception {
        var place = area("BF2");
        var body =
                """
                {"siteId": "%s", "areaId": "%s", "code": "%s", "name": "Test pump", "type": "PUMP",
                 "criticality": "HIGH"}"""
                        .formatted(place.siteId(), place.areaId(), code);
        var json = mvc.perform(post("/api/v1/equipment")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(json, "$.id"));
    }

    /** Records one change through the API; {@code reason} may be null. */
    String record(UUID machine, Instant at, String state, String reason) throws Exception {
        return mvc.perform(post("/api/v1/equipment/states")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change(machine, at, state, reason)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    static String change(UUID machine, Instant at, String state, String reason) {
        return """
                {"equipmentId": "%s", "at": "%s", "state": "%s"%s}"""
                .formatted(machine, at, state, reason == null ? "" : ", \"reason\": \"" + reason + "\"");
    }

    long changes(UUID machine) {
        return jdbc.sql("select count(*) from equipment_state_change where equipment_id = :id")
                .param("id", machine)
                .query(Long.class)
                .single();
    }

    long downtimes(UUID machine) {
        return jdbc.sql("select count(*) from downtime where equipment_id = :id and withdrawn_at is null")
                .param("id", machine)
                .query(Long.class)
                .single();
    }
}
