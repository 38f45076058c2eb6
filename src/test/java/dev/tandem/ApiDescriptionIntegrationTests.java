package dev.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document describes the API a client really calls, so generated clients and fuzzers are right. */
@TandemIntegrationTest
class ApiDescriptionIntegrationTests {

    static final List<String> PROBLEM_STATUSES = List.of("400", "401", "403", "404", "500");

    @Autowired
    MockMvc mvc;

    @Test
    void noOperationTakesAnObjectOrTheViewerAsAQueryParameterAndEveryOneDescribesItsErrors() throws Exception {
        var document = JsonMapper.builder()
                .build()
                .readTree(mvc.perform(get("/v3/api-docs"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        var wrong = new ArrayList<String>();
        var lists = 0;
        for (var path : document.path("paths").properties()) {
            for (var method : path.getValue().properties()) {
                var operation = method.getKey() + " " + path.getKey();
                var names = new ArrayList<String>();
                for (var parameter : method.getValue().path("parameters")) {
                    var name = parameter.path("name").asString();
                    names.add(name);
                    if (List.of("viewer", "filter", "paging", "query").contains(name)) {
                        wrong.add(operation + ": parameter " + name);
                    }
                    if (parameter.path("in").asString().equals("query")
                            && isObject(document, parameter.path("schema"))) {
                        wrong.add(operation + ": object-typed query parameter " + name);
                    }
                }
                if (names.containsAll(List.of("page", "size", "sort"))) {
                    lists++;
                }
                for (var status : PROBLEM_STATUSES) {
                    var schema = method.getValue()
                            .path("responses")
                            .path(status)
                            .path("content")
                            .path("application/problem+json")
                            .path("schema")
                            .path("$ref")
                            .asString("");
                    if (!schema.endsWith("/Problem")) {
                        wrong.add(operation + ": no problem answer " + status);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(lists).as("lists with page, size and sort").isGreaterThan(10);
        // the lists that share their list and export endpoints (shared.web's ListApiController) name their own filters
        var filters = java.util.Map.of(
                "/api/v1/risks",
                "siteId",
                "/api/v1/stops",
                "status",
                "/api/v1/events",
                "type",
                "/api/v1/actions",
                "overdue");
        filters.forEach((path, field) -> {
            for (var endpoint : List.of(path, path + "/export")) {
                var names = new ArrayList<String>();
                document.path("paths")
                        .path(endpoint)
                        .path("get")
                        .path("parameters")
                        .forEach(parameter -> names.add(parameter.path("name").asString()));
                assertThat(names).as(endpoint).contains("q", field, "sort");
            }
        });
        assertThat(document.path("components")
                        .path("schemas")
                        .path("Problem")
                        .path("properties")
                        .has("errors"))
                .isTrue();
    }

    private static boolean isObject(JsonNode document, JsonNode schema) {
        var reference = schema.path("$ref").asString("");
        var resolved = reference.isEmpty()
                ? schema
                : document.path("components").path("schemas").path(reference.substring(reference.lastIndexOf('/') + 1));
        return resolved.path("type").asString("").equals("object") || resolved.has("properties");
    }
}
