package dev.tandem.audit;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.identity.Logins;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** What the checklist tests need around them: calls of the API as a demo user, with a template's version when asked. */
final class ChecklistCalls {

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final Logins logins;
    private final Map<String, String> bearers = new HashMap<>();

    ChecklistCalls(MockMvc mvc, JdbcClient jdbc, Logins logins) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.logins = logins;
    }

    /** A call of the API as the given demo user; {@code json} may be null. */
    ResultActions call(String username, AbstractMockHttpServletRequestBuilder<?> request, String json)
            throws Exception {
        request.header("Authorization", bearers.computeIfAbsent(username, logins::bearer));
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }

    /** The same, sending the template's stored version as {@code If-Match}. */
    ResultActions withVersion(String username, AbstractMockHttpServletRequestBuilder<?> request, String id, String json)
            throws Exception {
        return call(username, request.header("If-Match", "\"" + version(id) + "\""), json);
    }

    /** The same on an inspection, sending its stored version as {@code If-Match}. */
    ResultActions onInspection(
            String username, AbstractMockHttpServletRequestBuilder<?> request, String id, String json)
            throws Exception {
        var version = jdbc.sql("select version from audit_inspection where id = :id")
                .param("id", UUID.fromString(id))
                .query(Long.class)
                .single();
        return call(username, request.header("If-Match", "\"" + version + "\""), json);
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
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
