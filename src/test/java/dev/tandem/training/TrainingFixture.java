package dev.tandem.training;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.identity.ApiCalls;
import dev.tandem.identity.Logins;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** What the training tests need around them: calls as a demo user, competences defined, records made and read. */
final class TrainingFixture {

    private final JdbcClient jdbc;
    private final Logins logins;
    private final ApiCalls calls;

    /** Put in every record's trainer, so that a test finds its own records among the demo plant's. */
    final String marker = "trainer-" + UUID.randomUUID();

    TrainingFixture(MockMvc mvc, JdbcClient jdbc, Logins logins) {
        this.jdbc = jdbc;
        this.logins = logins;
        this.calls = new ApiCalls(mvc, logins);
    }

    Logins logins() {
        return logins;
    }

    /** A call of the API as the given demo user; {@code json} may be null. */
    ResultActions call(String username, AbstractMockHttpServletRequestBuilder<?> request, String json)
            throws Exception {
        return calls.call(username, request, json);
    }

    String body(ResultActions result) throws Exception {
        return ApiCalls.body(result);
    }

    static LocalDate daysAgo(int days) {
        return LocalDate.now(ZoneOffset.UTC).minusDays(days);
    }

    UUID person(String username) {
        return logins.viewer(username).personId();
    }

    /** A new competence of the catalogue, valid for the months given (never expiring when null), needing no proof. */
    String competence(Integer validityMonths) throws Exception {
        var code = "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        var json =
                """
                {"code":"%s","nameEn":"Course %s","nameRu":"Курс %s","validityMonths":%s,"evidence":"NONE"}"""
                        .formatted(code, code, code, validityMonths);
        var created = call("hse", post("/api/v1/competences"), json).andExpect(status().isCreated());
        return JsonPath.read(body(created), "$.id");
    }

    String seeded(String code) {
        return jdbc.sql("select id::text from competence where code = :code")
                .param("code", code)
                .query(String.class)
                .single();
    }

    /** The JSON of a record of the person in the competence; {@code expiresOn} may be null. */
    String details(UUID id, UUID person, String competence, LocalDate completedOn, String result, LocalDate expiresOn) {
        return """
                {"id":"%s","personId":"%s","competenceId":"%s","completedOn":"%s","result":"%s","trainer":"%s",
                 "provider":"Plant training centre","evidenceReference":"P-17","expiresOn":%s}"""
                .formatted(
                        id,
                        person,
                        competence,
                        completedOn,
                        result,
                        marker,
                        expiresOn == null ? "null" : "\"" + expiresOn + "\"");
    }

    /** Records a pass as the given user and answers the record's id. */
    String passed(String username, UUID person, String competence, LocalDate completedOn) throws Exception {
        var id = UUID.randomUUID();
        call(username, post("/api/v1/training-records"), details(id, person, competence, completedOn, "PASSED", null))
                .andExpect(status().isCreated());
        return id.toString();
    }

    String read(String username, String id, String path) throws Exception {
        return JsonPath.read(
                        body(call(username, get("/api/v1/training-records/" + id), null)
                                .andExpect(status().isOk())),
                        path)
                .toString();
    }

    long version(String id) {
        return version("training_record", id);
    }

    long version(String table, String id) {
        return jdbc.sql("select version from " + table + " where id = :id")
                .param("id", UUID.fromString(id))
                .query(Long.class)
                .single();
    }

    /** A change of a record of the table, sending its current version as If-Match. */
    ResultActions change(
            String username, AbstractMockHttpServletRequestBuilder<?> request, String table, String id, String json)
            throws Exception {
        return calls.step(username, request, version(table, id), json);
    }

    /** The ids of this test's records the user's list shows. */
    List<String> listed(String username) throws Exception {
        var page = body(call(
                        username,
                        get("/api/v1/training-records").param("q", marker).param("size", "100"),
                        null)
                .andExpect(status().isOk()));
        return JsonPath.read(page, "$.items[*].id");
    }

    /** How many records and sessions carry this test's marker. */
    long written() {
        return jdbc.sql("select count(*) from training_record where trainer = :marker")
                        .param("marker", marker)
                        .query(Long.class)
                        .single()
                + jdbc.sql("select count(*) from training_session where trainer = :marker")
                        .param("marker", marker)
                        .query(Long.class)
                        .single();
    }
}
