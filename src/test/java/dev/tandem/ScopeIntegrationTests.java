package dev.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.identity.Logins;
import dev.tandem.shared.Viewer;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The scope rule and the role rules on every endpoint that exists: a contractor's user never gets another
 * contractor's records (404, never data), and a role that may not act gets 403. API and pages alike.
 */
@TandemIntegrationTest
class ScopeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    Logins logins;
    Viewer contractor1;
    Viewer contractor2;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
        contractor1 = logins.viewer("contractor1");
        contractor2 = logins.viewer("contractor2");
    }

    static Stream<Arguments> anotherContractorsRecords() {
        return Stream.of(
                Arguments.of(HttpMethod.GET, "/api/v1/organisations/{org}", null),
                Arguments.of(HttpMethod.GET, "/api/v1/organisations/{org}/history", null),
                Arguments.of(HttpMethod.PUT, "/api/v1/organisations/{org}", "{\"name\":\"Taken over\"}"),
                Arguments.of(HttpMethod.POST, "/api/v1/organisations/{org}/void", "{\"reason\":\"gone\"}"),
                Arguments.of(HttpMethod.GET, "/api/v1/people/{person}", null),
                Arguments.of(HttpMethod.GET, "/api/v1/people/{person}/history", null),
                Arguments.of(
                        HttpMethod.PUT,
                        "/api/v1/people/{person}",
                        "{\"organisationId\":\"{org}\",\"fullName\":\"Renamed\"}"),
                Arguments.of(HttpMethod.POST, "/api/v1/people/{person}/void", "{\"reason\":\"gone\"}"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("anotherContractorsRecords")
    void aContractorCannotReachAnotherContractorsRecordsThroughTheApi(HttpMethod method, String path, String body)
            throws Exception {
        var token = logins.bearer("contractor1");
        var uri = path.replace("{org}", contractor2.organisationId().toString())
                .replace("{person}", contractor2.personId().toString());
        var call = changing(method, uri).header("Authorization", token);
        if (body != null) {
            call.contentType(MediaType.APPLICATION_JSON)
                    .content(body.replace("{org}", contractor2.organisationId().toString()));
        }
        var response = mvc.perform(call).andReturn().getResponse();
        assertThat(response.getStatus()).isIn(403, 404);
        assertThat(response.getContentAsString()).doesNotContain(contractor2.displayName());
        assertThat(jdbc.sql("select full_name from person where id = :id")
                        .param("id", contractor2.personId())
                        .query(String.class)
                        .single())
                .isEqualTo(contractor2.displayName());
    }

    @Test
    void aContractorListsOnlyItsOwnOrganisationAndPeople() throws Exception {
        var token = logins.bearer("contractor1");
        mvc.perform(get("/api/v1/organisations").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].id")
                        .value(contractor1.organisationId().toString()));
        var people = mvc.perform(get("/api/v1/people").param("size", "100").header("Authorization", token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(people).contains(contractor1.organisationId().toString());
        assertThat(people).doesNotContain(contractor2.organisationId().toString());
        mvc.perform(get("/api/v1/people")
                        .param("organisationId", contractor2.organisationId().toString())
                        .header("Authorization", token))
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void aContractorCannotAddPeopleToAnotherContractor() throws Exception {
        mvc.perform(post("/api/v1/people")
                        .header("Authorization", logins.bearer("contractor1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationId\":\"" + contractor2.organisationId()
                                + "\",\"fullName\":\"Planted Person\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisationId"));
        assertThat(jdbc.sql("select count(*) from person where full_name = 'Planted Person'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    static Stream<Arguments> forbiddenToTheRole() {
        return Stream.of(
                Arguments.of("worker", HttpMethod.GET, "/api/v1/people", null),
                Arguments.of("contractor1.worker", HttpMethod.GET, "/api/v1/people", null),
                Arguments.of(
                        "worker",
                        HttpMethod.POST,
                        "/api/v1/sites",
                        "{\"code\":\"W1\",\"name\":\"W\",\"timeZone\":\"UTC\"}"),
                Arguments.of(
                        "manager",
                        HttpMethod.POST,
                        "/api/v1/sites",
                        "{\"code\":\"M1\",\"name\":\"M\",\"timeZone\":\"UTC\"}"),
                Arguments.of("contractor1", HttpMethod.POST, "/api/v1/organisations", "{\"name\":\"Shell company\"}"),
                Arguments.of(
                        "contractor1",
                        HttpMethod.POST,
                        "/api/v1/areas",
                        "{\"siteId\":\"" + UUID.randomUUID() + "\",\"code\":\"C\",\"name\":\"C\"}"),
                Arguments.of(
                        "hse",
                        HttpMethod.PUT,
                        "/api/v1/enterprise",
                        "{\"name\":\"X\",\"timeZone\":\"UTC\",\"frequencyRateBase\":200000}"),
                Arguments.of("hse", HttpMethod.GET, "/api/v1/users", null),
                Arguments.of(
                        "director",
                        HttpMethod.POST,
                        "/api/v1/users",
                        "{\"username\":\"x.y\",\"personId\":\"" + UUID.randomUUID()
                                + "\",\"roles\":[\"ADMIN\"],\"password\":\"long-enough-password\"}"),
                Arguments.of("contractor1", HttpMethod.GET, "/actuator/prometheus", null));
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource("forbiddenToTheRole")
    void aRoleThatMayNotActIsForbiddenInTheApi(String username, HttpMethod method, String path, String body)
            throws Exception {
        var call = changing(method, path).header("Authorization", logins.bearer(username));
        if (body != null) {
            call.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        mvc.perform(call).andExpect(status().isForbidden());
    }

    /**
     * A PUT names the version it was made on (any will do here); without one it would stop at 428 before reaching
     * the rule under test.
     */
    private static MockHttpServletRequestBuilder changing(HttpMethod method, String uri) {
        var call = request(method, uri);
        return method == HttpMethod.PUT ? call.header("If-Match", "*") : call;
    }

    @Test
    void pagesKeepTheSameRules() throws Exception {
        var org2 = contractor2.organisationId();
        mvc.perform(get("/organisations/{id}", org2).with(logins.as("contractor1")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/people/{id}", contractor2.personId()).with(logins.as("contractor1")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/people/{id}", contractor2.personId())
                        .with(logins.as("contractor1"))
                        .with(csrf())
                        .param("organisationId", org2.toString())
                        .param("fullName", "Renamed"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/organisations/{id}/void", org2)
                        .with(logins.as("contractor1"))
                        .with(csrf())
                        .param("reason", "gone"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/people").with(logins.as("worker"))).andExpect(status().isForbidden());
        mvc.perform(get("/users").with(logins.as("hse"))).andExpect(status().isForbidden());
        mvc.perform(get("/enterprise").with(logins.as("director"))).andExpect(status().isForbidden());
        mvc.perform(post("/sites")
                        .with(logins.as("worker"))
                        .with(csrf())
                        .param("code", "WX")
                        .param("name", "Worker site")
                        .param("timeZone", "UTC"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from site where code = 'WX'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    static Stream<Arguments> pagesForbiddenToTheRole() {
        return Stream.of(
                Arguments.of("hse", HttpMethod.GET, "/users/new"),
                Arguments.of("hse", HttpMethod.GET, "/users/{user}"),
                Arguments.of("director", HttpMethod.POST, "/users"),
                Arguments.of("director", HttpMethod.POST, "/users/{user}"),
                Arguments.of("hse", HttpMethod.POST, "/enterprise"),
                Arguments.of("contractor1", HttpMethod.POST, "/areas"),
                Arguments.of("contractor1", HttpMethod.POST, "/organisations"),
                Arguments.of("manager", HttpMethod.POST, "/people"),
                Arguments.of("worker", HttpMethod.GET, "/people/export.xlsx"),
                Arguments.of("contractor1", HttpMethod.GET, "/areas/owners"));
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource("pagesForbiddenToTheRole")
    void aRoleThatMayNotActIsForbiddenOnThePages(String username, HttpMethod method, String path) throws Exception {
        var admin = logins.viewer("admin").userId().toString();
        var call = request(method, path.replace("{user}", admin))
                .with(logins.as(username))
                .with(csrf())
                .param("username", "intruder")
                .param("personId", logins.viewer(username).personId().toString())
                .param("roles", "ADMIN")
                .param("password", "long-enough-password")
                .param("enabled", "true")
                .param("name", "Intruder")
                .param("timeZone", "UTC")
                .param("frequencyRateBase", "200000")
                .param("siteId", UUID.randomUUID().toString())
                .param("code", "INT")
                .param("organisationId", contractor1.organisationId().toString())
                .param("fullName", "Intruder");
        mvc.perform(call).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from user_account where username = 'intruder'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/sites")
                        .with(logins.as("admin"))
                        .param("code", "NOCSRF")
                        .param("name", "No token")
                        .param("timeZone", "UTC"))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesNeedASignIn() throws Exception {
        mvc.perform(get("/people")).andExpect(status().is3xxRedirection());
        mvc.perform(put("/api/v1/enterprise")).andExpect(status().isUnauthorized());
    }
}
