package dev.tandem;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.identity.Logins;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Input that used to answer 500 answers 400 (or 413) with problem details naming what was wrong, and stores nothing. */
@TandemIntegrationTest
class BadInputIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    Logins logins;
    String hse;
    String areaId;

    @BeforeEach
    void setUp() throws Exception {
        logins = new Logins(context);
        hse = logins.bearer("hse");
        var areas = mvc.perform(get("/api/v1/areas").header("Authorization", hse))
                .andReturn()
                .getResponse()
                .getContentAsString();
        areaId = JsonPath.read(areas, "$.items[0].id");
    }

    @Test
    void aParameterWithoutANameOrWithAControlCharacterInItsNameIsABadRequest() throws Exception {
        for (var name : new String[] {"", " ", "\u0001", "a\u0000"}) {
            for (var path : new String[] {"/api/v1/sites", "/api/v1/me", "/api/v1/events"}) {
                problem(get(path).param(name, "x").header("Authorization", hse), 400);
            }
        }
    }

    @Test
    void aNulInASearchOrATextFieldIsRefusedWithItsField() throws Exception {
        problem(get("/api/v1/people").param("q", "a\u0000b").header("Authorization", hse), 400)
                .andExpect(jsonPath("$.errors[0].field").value("q"));

        var id = UUID.randomUUID();
        problem(report(id, "a\u0000b", "2026-11-01T08:00:00Z"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("description"));
        mvc.perform(get("/api/v1/events/{id}", id).header("Authorization", hse)).andExpect(status().isNotFound());
    }

    @Test
    void datesPostgresCannotStoreAreRefusedWithTheirField() throws Exception {
        problem(
                        get("/api/v1/equipment/downtimes")
                                .param("from", "-999999999-01-01T00:00:00Z")
                                .header("Authorization", hse),
                        400)
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        problem(get("/api/v1/figures/dashboard").param("month", "0000-01").header("Authorization", hse), 400)
                .andExpect(jsonPath("$.errors[0].field").value("month"));

        var id = UUID.randomUUID();
        problem(report(id, "Scaffold without toe boards", "-5000-01-01T08:00:00Z"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("occurredAt"));
        problem(report(id, "Scaffold without toe boards", "+999999999-12-31T23:59:59Z"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("occurredAt"));
        mvc.perform(get("/api/v1/events/{id}", id).header("Authorization", hse)).andExpect(status().isNotFound());
    }

    /** Refused by its declared length, before any of it is read or parsed. */
    @Test
    void aHundredMegabyteJsonBodyIsTooLarge() throws Exception {
        var body = new byte[100 * 1024 * 1024];
        Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[body.length - 1] = '}';
        problem(
                        post("/api/v1/sites")
                                .header("Authorization", logins.bearer("admin"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body),
                        413)
                .andExpect(jsonPath("$.detail").value("The request body is too large: at most 2 MB."));
    }

    @Test
    void thePhotoFormSentWithoutItsUploadIsABadRequestNamingThePhoto() throws Exception {
        var id = UUID.randomUUID();
        mvc.perform(report(id, "Loose handrail", "2026-11-01T08:00:00Z")).andExpect(status().isCreated());
        mvc.perform(post("/events/{id}/photos", id)
                        .with(logins.as("hse"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("photo=not-a-file"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attribute("field", "photo"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndHstsOnlyWhereConfigured() throws Exception {
        for (var request : new MockHttpServletRequestBuilder[] {
            get("/login").secure(true),
            get("/api/v1/me").header("Authorization", hse).secure(true)
        }) {
            mvc.perform(request)
                    .andExpect(header().string(
                                    "Content-Security-Policy",
                                    org.hamcrest.Matchers.containsString("script-src 'self'")))
                    .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                    .andExpect(header().string(
                                    "Permissions-Policy", org.hamcrest.Matchers.containsString("camera=(self)")))
                    .andExpect(header().doesNotExist("Strict-Transport-Security"));
        }
    }

    private MockHttpServletRequestBuilder report(UUID id, String description, String occurredAt) {
        return post("/api/v1/events")
                .header("Authorization", hse)
                .contentType(MediaType.APPLICATION_JSON)
                .content(("{'id':'%s','type':'HAZARD','areaId':'%s','description':'%s','occurredAt':'%s'}"
                                .formatted(id, areaId, description.replace("\u0000", "\\u0000"), occurredAt))
                        .replace('\'', '"'));
    }

    private org.springframework.test.web.servlet.ResultActions problem(
            MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request)
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
