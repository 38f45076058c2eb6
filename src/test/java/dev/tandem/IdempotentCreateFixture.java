package dev.tandem;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.identity.ApiCalls;
import dev.tandem.identity.Logins;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the tests of creates sent again share: the demo plant's blast furnace bay, calls as demo users, and everything
 * stored under an id, so that a test shows a replay wrote nothing.
 */
final class IdempotentCreateFixture {

    final MockMvc mvc;
    final ApplicationContext context;
    final JdbcClient jdbc;
    final Logins logins;
    final UUID siteId;
    final UUID areaId;
    private final ApiCalls calls;

    IdempotentCreateFixture(MockMvc mvc, ApplicationContext context, JdbcClient jdbc) {
        this.mvc = mvc;
        this.context = context;
        this.jdbc = jdbc;
        this.logins = new Logins(context);
        this.calls = new ApiCalls(mvc, logins);
        var place = jdbc.sql("select site_id, id from area where code = 'BF2'")
                .query((rs, row) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .single();
        this.siteId = place[0];
        this.areaId = place[1];
    }

    /**
     * A create another user may repeat: who makes it first, where it is posted (its {@code {own}} the poster's
     * organisation, its {@code {id}} the record's) and read, and its body for an id (its {@code {own}} the poster's
     * organisation too), holding a marker that no answer to one refused may show; a multipart create's body is its form fields as a query string, its file a scan.
     */
    record Create(String firstBy, String path, String read, BiFunction<UUID, String, String> body, boolean multipart) {

        Create(String firstBy, String path, String read, BiFunction<UUID, String, String> body) {
            this(firstBy, path, read, body, false);
        }
    }

    /** The create of a kind, as the catalogues of field records and of what the plant keeps make it. */
    Create create(String kind) throws Exception {
        var field = new FieldCreates(this).create(kind);
        return field != null ? field : new KeptCreates(this).create(kind);
    }

    /** A create as the user makes it: JSON, or form fields with a scan. */
    MockHttpServletResponse send(Create create, String username, UUID id, String marker) throws Exception {
        var own = logins.viewer(username).organisationId().toString();
        var path = create.path().replace("{own}", own).replace("{id}", id.toString());
        var body = create.body().apply(id, marker).replace("{own}", own);
        if (!create.multipart()) {
            return postJson(path, username, body);
        }
        var request = multipart(path)
                .param("documentId", id.toString())
                .file(new MockMultipartFile(
                        "file",
                        "scan.pdf",
                        "application/pdf",
                        "%PDF-1.4\n% a scan\n".getBytes(StandardCharsets.US_ASCII)));
        for (var field : body.split("&")) {
            var nameAndValue = field.split("=", 2);
            request.param(nameAndValue[0], nameAndValue[1]);
        }
        return calls.call(username, request, null).andReturn().getResponse();
    }

    MockHttpServletResponse postJson(String path, String username, String body) throws Exception {
        return calls.call(username, post(path), body).andReturn().getResponse();
    }

    MockHttpServletResponse get(String path, String username) throws Exception {
        return calls.call(username, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path), null)
                .andReturn()
                .getResponse();
    }

    /** A step in a record's life posted as the given user, on the version a read of the record shows them now. */
    MockHttpServletResponse step(String path, String username, String read, String json) throws Exception {
        var version = Long.parseLong(get(read, username).getHeader("ETag").replaceAll("[^0-9]", ""));
        return calls.step(username, post(path), version, json).andReturn().getResponse();
    }

    UUID one(String sql) {
        return jdbc.sql(sql).query(UUID.class).single();
    }

    /** A problem's answer but its address: what a request learns from it. */
    static Map<String, Object> problem(MockHttpServletResponse response) throws Exception {
        Map<String, Object> problem = JsonPath.read(response.getContentAsString(), "$");
        problem.remove("instance");
        return problem;
    }

    /** Everything stored under an id: the rows of its record, of what hangs on it and of its history. */
    List<String> writtenFor(UUID id) {
        return jdbc.sql(
                        """
                        select 'event ' || version || ' ' || description from safety_event where id = :id
                        union all select 'action ' || version || ' ' || title from corrective_action where id = :id
                        union all select 'equipment ' || version || ' ' || name from equipment where id = :id
                        union all select 'tag ' || version || ' ' || name from signal_tag where id = :id
                        union all select 'state ' || state from equipment_state_change where id = :id
                        union all select 'stop ' || version || ' ' || work from stop_work where id = :id
                        union all select 'stop photo ' || id from stop_work_photo where stop_work_id = :id
                        union all select 'inspection ' || version || ' ' || conducted_by from audit_inspection
                            where id = :id
                        union all select 'answer ' || question || ' ' || coalesce(answer, '') from audit_inspection_answer
                            where audit_inspection = :id
                        union all select 'investigation ' || version || ' ' || title from investigation where id = :id
                        union all select 'lesson ' || version from investigation_lesson where id = :id
                        union all select 'risk ' || version || ' ' || activity from risk_entry where id = :id
                        union all select 'document ' || version || ' ' || title from contractor_document
                            where id = :id
                        union all select 'engagement ' || version || ' ' || description from contractor_engagement
                            where id = :id
                        union all select 'template ' || version || ' ' || title from audit_template where id = :id
                        union all select 'training ' || version || ' ' || trainer from training_record
                            where id = :id or session_id = :id
                        union all select 'session ' || version || ' ' || trainer from training_session where id = :id
                        union all select 'requirement ' || version || ' ' || position from training_requirement
                            where id = :id
                        union all select 'step ' || version || ' ' || title from contractor_onboarding_step
                            where id = :id
                        union all select 'type ' || version || ' ' || name from contractor_policy where id = :id
                        union all select 'person ' || version || ' ' || full_name from person where id = :id
                        union all select 'competence ' || version || ' ' || code from competence where id = :id
                        union all select 'history ' || kind || ' ' || changes::text from history_entry
                            where record_id = :id
                        order by 1""")
                .param("id", id)
                .query(String.class)
                .list();
    }
}
