package dev.tandem.identity;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Calls of the API as demo users, each with a personal token issued once per user, as a client keeps its token: the
 * call and the versioned step that every module's test fixture makes.
 */
public final class ApiCalls {

    private final MockMvc mvc;
    private final Logins logins;
    private final Map<String, String> bearers = new HashMap<>();

    public ApiCalls(MockMvc mvc, Logins logins) {
        this.mvc = mvc;
        this.logins = logins;
    }

    /** A call as the given demo user; {@code json} may be null. A request builder is made for one call only. */
    public ResultActions call(String username, AbstractMockHttpServletRequestBuilder<?> request, String json)
            throws Exception {
        request.header("Authorization", bearers.computeIfAbsent(username, logins::bearer));
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }

    /** A change of a record, sending the version the caller read as {@code If-Match}. */
    public ResultActions step(
            String username, AbstractMockHttpServletRequestBuilder<?> request, long version, String json)
            throws Exception {
        return call(username, request.header("If-Match", "\"" + version + "\""), json);
    }

    /** What a call answered, as text. */
    public static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
