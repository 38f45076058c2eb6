package dev.tandem.risk;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

/** Controls of risks through the API, as the controls' tests need them. */
final class ControlFixture {

    private final RiskFixture risks;
    private final JdbcClient jdbc;

    ControlFixture(RiskFixture risks, JdbcClient jdbc) {
        this.risks = risks;
        this.jdbc = jdbc;
    }

    /** The JSON of a control; {@code level} and {@code cadence} go in as they are (a level may be unknown). */
    static String control(UUID id, String level, UUID owner, boolean critical, String standard, Integer cadence) {
        return """
                {"id":"%s","level":"%s","description":"Gas detector at the tuyere platform, alarm at 20 ppm CO",
                 "ownerPersonId":"%s","critical":%s,"performanceStandard":%s,"cadenceDays":%s}"""
                .formatted(id, level, owner, critical, standard == null ? "null" : "\"" + standard + "\"", cadence);
    }

    /** Adds a critical control, checked weekly, owned by the given demo user; answers its id. */
    String critical(String riskId, String owner) throws Exception {
        var id = UUID.randomUUID();
        add("hse", riskId, control(id, "ENGINEERING", person(owner), true, "Reads 20 ppm CO on the test gas", 7))
                .andExpect(status().isCreated());
        return id.toString();
    }

    ResultActions add(String username, String riskId, String json) throws Exception {
        return risks.call(username, post("/api/v1/risks/" + riskId + "/controls"), json);
    }

    ResultActions verify(String username, String riskId, String controlId, UUID id, boolean passed) throws Exception {
        return risks.call(
                username,
                post("/api/v1/risks/" + riskId + "/controls/" + controlId + "/verifications"),
                "{\"id\":\"%s\",\"passed\":%s,\"note\":\"Detector checked with test gas\"}".formatted(id, passed));
    }

    String read(String username, String riskId, String controlId, String path) throws Exception {
        var body = risks.call(username, get("/api/v1/risks/" + riskId + "/controls/" + controlId), null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return String.valueOf(JsonPath.<Object>read(body, path));
    }

    /** A new area on the safety department's site, owned by the given line manager. */
    String areaOwnedBy(String manager, dev.tandem.organisation.PlantStructure plant) {
        var hse = risks.logins().viewer("hse");
        var site = hse.siteId() != null
                ? hse.siteId()
                : jdbc.sql("select id from site where voided_at is null order by code limit 1")
                        .query(UUID.class)
                        .single();
        var code = "C" + UUID.randomUUID().toString().substring(0, 8);
        return plant.createArea(
                        null,
                        new dev.tandem.organisation.DefineArea(site, code, "Bay " + code, person(manager), null),
                        risks.logins().viewer("admin"))
                .id()
                .toString();
    }

    UUID person(String username) {
        return risks.logins().viewer(username).personId();
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
