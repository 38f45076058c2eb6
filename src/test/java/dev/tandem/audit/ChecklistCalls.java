package dev.tandem.audit;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.identity.ApiCalls;
import dev.tandem.identity.Logins;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** What the checklist tests need around them: calls of the API as a demo user, with a template's version when asked. */
final class ChecklistCalls {

    private final JdbcClient jdbc;
    private final Logins logins;
    private final ApiCalls calls;

    ChecklistCalls(MockMvc mvc, JdbcClient jdbc, Logins logins) {
        this.jdbc = jdbc;
        this.logins = logins;
        this.calls = new ApiCalls(mvc, logins);
    }

    /** A call of the API as the given demo user; {@code json} may be null. */
    ResultActions call(String username, AbstractMockHttpServletRequestBuilder<?> request, String json)
            throws Exception {
        return calls.call(username, request, json);
    }

    /** The same, sending the template's stored version as {@code If-Match}. */
    ResultActions withVersion(String username, AbstractMockHttpServletRequestBuilder<?> request, String id, String json)
            throws Exception {
        return calls.step(username, request, version(id), json);
    }

    /** The same on an inspection, sending its stored version as {@code If-Match}. */
    ResultActions onInspection(
            String username, AbstractMockHttpServletRequestBuilder<?> request, String id, String json)
            throws Exception {
        var version = jdbc.sql("select version from audit_inspection where id = :id")
                .param("id", UUID.fromString(id))
                .query(Long.class)
                .single();
        return calls.step(username, request, version, json);
    }

    Long version(String id) {
        return jdbc.sql("select version from audit_template where id = :id")
                .param("id", UUID.fromString(id))
                .query(Long.class)
                .single();
    }

    /** A new template's id. */
    String draft(String username, String json) throws Exception {
        return JsonPath.read(
                body(call(username, MockMvcRequestBuilders.post("/api/v1/checklist-templates"), json)
                        .andExpect(status().isCreated())),
                "$.id");
    }

    static String body(ResultActions result) throws Exception {
        return ApiCalls.body(result);
    }
}
