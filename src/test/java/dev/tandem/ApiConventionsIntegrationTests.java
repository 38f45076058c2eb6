package dev.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.identity.Logins;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@TandemIntegrationTest
class ApiConventionsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    String admin;

    @BeforeEach
    void signIn() {
        admin = new Logins(context).bearer("admin");
    }

    @Test
    void aBearerTokenListsSites() throws Exception {
        mvc.perform(get("/api/v1/sites").header("Authorization", admin).param("q", "UMW"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].code").value("UMW"))
                .andExpect(jsonPath("$.items[0].timeZone").value("Asia/Yekaterinburg"))
                .andExpect(jsonPath("$.page").value(0));
    }

    /** A list answers its page and the count of all it selects in one statement; this checks what that one gives. */
    @Test
    void aPageKeepsTheListsOrderAndAPagePastTheEndStillCountsEveryRow() throws Exception {
        // every site, page by page of the largest size (other tests add sites: there may be more than one page)
        var codes = new ArrayList<String>();
        int total;
        int read = 0;
        do {
            var all = mvc.perform(get("/api/v1/sites")
                            .header("Authorization", admin)
                            .param("sort", "code,desc")
                            .param("size", "100")
                            .param("page", String.valueOf(read++)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            codes.addAll(JsonPath.<List<String>>read(all, "$.items[*].code"));
            total = JsonPath.read(all, "$.totalItems");
        } while (codes.size() < total && read * 100 < total);
        assertThat(codes).hasSize(total).hasSizeGreaterThan(1).isSortedAccordingTo(Comparator.reverseOrder());
        for (int page = 0; page < total; page++) {
            mvc.perform(get("/api/v1/sites")
                            .header("Authorization", admin)
                            .param("sort", "code,desc")
                            .param("size", "1")
                            .param("page", String.valueOf(page)))
                    .andExpect(jsonPath("$.items.length()").value(1))
                    .andExpect(jsonPath("$.items[0].code").value(codes.get(page)))
                    .andExpect(jsonPath("$.totalItems").value(total));
        }
        mvc.perform(get("/api/v1/sites")
                        .header("Authorization", admin)
                        .param("size", "1")
                        .param("page", String.valueOf(total + 5)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0))
                .andExpect(jsonPath("$.totalItems").value(total));
        mvc.perform(get("/api/v1/sites").header("Authorization", admin).param("q", "no site is called this"))
                .andExpect(jsonPath("$.items.length()").value(0))
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void aMissingTokenIsUnauthorizedAsProblemJson() throws Exception {
        mvc.perform(get("/api/v1/sites"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void anUnknownTokenIsUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/sites").header("Authorization", "Bearer tdm_not-a-real-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void malformedJsonIsABadRequestAsProblemJson() throws Exception {
        mvc.perform(post("/api/v1/sites")
                        .header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"X\", \"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The request body is not valid JSON for this endpoint."));
    }

    @Test
    void invalidFieldsAreListedByName() throws Exception {
        mvc.perform(post("/api/v1/sites")
                        .header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"\", \"name\": \"Pellet plant\", \"timeZone\": \"Mars/Olympus\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'code')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'timeZone')]").exists());
        mvc.perform(get("/api/v1/sites").header("Authorization", admin).param("q", "Pellet plant"))
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void anUnknownIdIsNotFoundAsProblemJson() throws Exception {
        var id = UUID.randomUUID();
        mvc.perform(get("/api/v1/sites/{id}", id).header("Authorization", admin))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Site " + id + " not found"));
    }

    @Test
    void anUnknownAddressIsNotFoundAsProblemJson() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").header("Authorization", admin))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/sites")
                        .header("Authorization", admin))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aMalformedIdIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/people/not-a-uuid").header("Authorization", admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void pagesAreCappedAndSortFieldsChecked() throws Exception {
        mvc.perform(get("/api/v1/people").header("Authorization", admin).param("size", "5000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(100))
                .andExpect(jsonPath("$.items.length()").value(100));
        mvc.perform(get("/api/v1/people").header("Authorization", admin).param("sort", "password_hash"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"))
                .andExpect(jsonPath("$.detail")
                        .value("Cannot sort by 'password_hash'; allowed: name, number, organisation, position, site."));
        mvc.perform(get("/api/v1/people")
                        .header("Authorization", admin)
                        .header("Accept-Language", "ru")
                        .param("sort", "password_hash"))
                .andExpect(
                        jsonPath("$.detail")
                                .value(
                                        "Нельзя сортировать по 'password_hash'; можно: name, number, organisation, position, site."));
        mvc.perform(get("/api/v1/people").header("Authorization", admin).param("page", "two"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void theOpenApiDescriptionIsPublished() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/sites']").exists())
                .andExpect(jsonPath("$.components.securitySchemes.token.scheme").value("bearer"));
    }

    /**
     * The API answers JSON, written by the application's one mapper: a client asking for YAML or XML alone is told so
     * (a Jackson 2 writer of the class path's answered YAML, without the application's settings), not given another
     * format.
     */
    @Test
    void answersAreJsonOnly() throws Exception {
        mvc.perform(get("/api/v1/risks?size=1").header("Authorization", admin).accept("application/yaml"))
                .andExpect(status().isNotAcceptable());
        mvc.perform(get("/api/v1/risks/heat-map").header("Authorization", admin).accept("application/xml"))
                .andExpect(status().isNotAcceptable());
        mvc.perform(get("/api/v1/risks?size=1").header("Authorization", admin).accept("application/yaml", "*/*"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    }

    @Test
    void healthIsOpenAndMetricsNeedAnAdministrator() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").header("Authorization", new Logins(context).bearer("hse")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").header("Authorization", admin)).andExpect(status().isOk());
    }

    /** Requests are timed per address, status and outcome; in-flight timers, half of each request's observing, are not. */
    @Test
    void requestsAreTimedWithoutInFlightTimers() throws Exception {
        mvc.perform(get("/api/v1/risks?size=1").header("Authorization", admin)).andExpect(status().isOk());

        var metrics = mvc.perform(get("/actuator/prometheus").header("Authorization", admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(metrics.lines()).anySatisfy(line -> assertThat(line)
                .startsWith("http_server_requests_seconds_count{")
                .contains("method=\"GET\"", "status=\"200\"", "uri=\"/api/v1/risks\""));
        assertThat(metrics).doesNotContain("http_server_requests_active");
    }

    /** Each request is counted once in the timer of its address and status, from one request to the next. */
    @Test
    void eachRequestIsCountedInItsAddressTimer() throws Exception {
        var registry = context.getBean(MeterRegistry.class);
        long before = heatMapsAnswered(registry);

        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/risks/heat-map").header("Authorization", admin))
                    .andExpect(status().isOk());
        }

        assertThat(heatMapsAnswered(registry)).isEqualTo(before + 3);
    }

    private static long heatMapsAnswered(MeterRegistry registry) {
        var timer = registry.find("http.server.requests")
                .tag("uri", "/api/v1/risks/heat-map")
                .tag("status", "200")
                .timer();
        return timer == null ? 0 : timer.count();
    }
}
