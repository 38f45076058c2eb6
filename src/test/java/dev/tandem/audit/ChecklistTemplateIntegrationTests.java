package dev.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Checklist templates over the API: drafted whole, refused whole when a condition names a question the checklist does
 * not have, published in versions that stay as they were, scored by the one formula, and kept by the safety
 * department (the plant's) or a contractor's supervisor (their own, which no other contractor sees).
 */
@TandemIntegrationTest
class ChecklistTemplateIntegrationTests {

    private static final String CRANE =
            """
            {"title": "%s", "description": "Before the first lift of a shift", "questions": [
              {"name": "latches", "type": "YES_NO", "sectionEn": "Hooks", "sectionRu": "Крюки",
               "labelEn": "Are the hooks' safety latches in place?", "labelRu": "Предохранительные замки крюков на месте?",
               "required": true, "weight": 3, "requireActionWhen": {"==": [{"var": "latches"}, "no"]}},
              {"name": "load", "type": "NUMBER", "labelEn": "Heaviest load today, t", "labelRu": "Наибольший груз сегодня, т",
               "required": true, "minimum": 0, "maximum": 50},
              {"name": "overload", "type": "YES_NO", "labelEn": "Is the overload limiter tested?",
               "labelRu": "Ограничитель грузоподъёмности проверен?", "required": true,
               "showWhen": {"and": [{"==": [{"var": "latches"}, "no"]}, {">": [{"var": "load"}, 5]}]}}
            ]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTemplateIsPublishedInVersionsAndAPublishedVersionStaysAsItWasWhenTheDraftChanges() throws Exception {
        var title = "Crane pre-use check " + UUID.randomUUID();
        var created = call("hse", post("/api/v1/checklist-templates"), CRANE.formatted(title))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.publishedVersion").value(0))
                .andExpect(jsonPath("$.questions[0].choices[2].value").value("na"))
                .andExpect(jsonPath("$.questions[2].showWhen.and[1]['>'][1]").value(5));
        var id = JsonPath.<String>read(body(created), "$.id");

        call("hse", post("/api/v1/checklist-templates/" + id + "/publish"), null)
                .andExpect(status().isPreconditionRequired());
        withVersion("hse", post("/api/v1/checklist-templates/" + id + "/publish"), id, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.publishedVersion").value(1));
        var revised = CRANE.formatted(title).replace("\"weight\": 3", "\"weight\": 5");
        withVersion("hse", put("/api/v1/checklist-templates/" + id), id, revised)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.questions[0].weight").value(5));
        withVersion("hse", post("/api/v1/checklist-templates/" + id + "/publish"), id, null)
                .andExpect(jsonPath("$.publishedVersion").value(2));

        call("worker", get("/api/v1/checklist-templates/" + id + "/versions/1"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.questions[0].weight").value(3))
                .andExpect(jsonPath("$.questions[0].labelRu").value("Предохранительные замки крюков на месте?"));
        call("worker", get("/api/v1/checklist-templates/" + id + "/versions/2"), null)
                .andExpect(jsonPath("$.questions[0].weight").value(5));
        call("worker", get("/api/v1/checklist-templates/" + id + "/versions/3"), null)
                .andExpect(status().isNotFound());
        var history = body(call("hse", get("/api/v1/checklist-templates/" + id + "/history"), null));
        assertThat(JsonPath.<List<String>>read(history, "$[*].kind"))
                .containsExactly("CREATED", "UPDATED", "UPDATED", "UPDATED");
        assertThat(history).contains("\"questions[1].weight\"");
    }

    @Test
    void eachVersionIsScoredByTheOneFormulaOverTheQuestionsThatApply() throws Exception {
        var id = published("hse", CRANE.formatted("Scored " + UUID.randomUUID()));

        // latches no (0 of 3), overload shown (load 8 > 5) and yes (1 of 1): 1 of 4
        score(id, "{\"answers\": {\"latches\": \"no\", \"load\": 8, \"overload\": \"yes\"}}")
                .andExpect(jsonPath("$.points").value(1))
                .andExpect(jsonPath("$.possible").value(4))
                .andExpect(jsonPath("$.percentage").value(25.0));
        // overload hidden (latches yes): 3 of 3
        score(id, "{\"answers\": {\"latches\": \"yes\", \"load\": 8}}")
                .andExpect(jsonPath("$.possible").value(3))
                .andExpect(jsonPath("$.percentage").value(100.0));
        // latches not applicable, overload hidden: nothing to score
        score(id, "{\"answers\": {\"latches\": \"na\", \"load\": 2}}")
                .andExpect(jsonPath("$.possible").value(0))
                .andExpect(jsonPath("$.percentage").doesNotExist());
    }

    @Test
    void aConditionNamingAQuestionThatDoesNotExistIsRefusedNamingItAndNothingIsWritten() throws Exception {
        var title = "Refused " + UUID.randomUUID();
        var broken = CRANE.formatted(title).replace("{\"var\": \"load\"}, 5", "{\"var\": \"lod\"}, 5");

        call("hse", post("/api/v1/checklist-templates"), broken)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("questions[2].showWhen"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("lod")));
        call(
                        "hse",
                        post("/api/v1/checklist-templates"),
                        CRANE.formatted(title).replace("\"name\": \"load\"", "\"name\": \"latches\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("questions[1].name"));
        call(
                        "hse",
                        post("/api/v1/checklist-templates"),
                        CRANE.formatted(title).replace("\"minimum\": 0", "\"minimum\": 60"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("questions[1].maximum"));
        assertThat(jdbc.sql("select count(*) from audit_template where title = :title")
                        .param("title", title)
                        .query(Long.class)
                        .single())
                .isZero();

        var id = published("hse", CRANE.formatted(title));
        withVersion("hse", put("/api/v1/checklist-templates/" + id), id, broken).andExpect(status().isBadRequest());
        call("hse", get("/api/v1/checklist-templates/" + id), null)
                .andExpect(
                        jsonPath("$.questions[2].showWhen.and[1]['>'][0].var").value("load"));
    }

    @Test
    void theSafetyDepartmentKeepsThePlantsTemplatesAndEveryoneReadsThem() throws Exception {
        var json = CRANE.formatted("Plant's " + UUID.randomUUID());
        for (var notKeeper : List.of("manager", "director", "worker", "admin", "contractor1.worker")) {
            call(notKeeper, post("/api/v1/checklist-templates"), json).andExpect(status().isForbidden());
        }
        var id = published("hse", json);
        for (var notKeeper : List.of("manager", "contractor1")) {
            withVersion(notKeeper, put("/api/v1/checklist-templates/" + id), id, json)
                    .andExpect(status().isForbidden());
            withVersion(notKeeper, post("/api/v1/checklist-templates/" + id + "/publish"), id, null)
                    .andExpect(status().isForbidden());
        }
        for (var reader : List.of("worker", "contractor1", "contractor2")) {
            call(reader, get("/api/v1/checklist-templates/" + id), null).andExpect(status().isOk());
            assertThat(listed(reader, id)).isTrue();
        }
    }

    @Test
    void aContractorsOwnTemplateIsKeptByItsSupervisorAndNeverSeenByAnotherContractor() throws Exception {
        var json = CRANE.formatted("Contractor's own " + UUID.randomUUID());
        var created = call("contractor1", post("/api/v1/checklist-templates"), json)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.organisationId")
                        .value(new Logins(context)
                                .viewer("contractor1")
                                .organisationId()
                                .toString()));
        var id = JsonPath.<String>read(body(created), "$.id");

        for (var path : List.of("", "/history")) {
            call("contractor2", get("/api/v1/checklist-templates/" + id + path), null)
                    .andExpect(status().isNotFound());
        }
        withVersion("contractor2", post("/api/v1/checklist-templates/" + id + "/publish"), id, null)
                .andExpect(status().isNotFound());
        call("contractor2", post("/api/v1/checklist-templates?id=" + id), json).andExpect(status().isNotFound());
        assertThat(listed("contractor2", id)).isFalse();
        withVersion("hse", post("/api/v1/checklist-templates/" + id + "/publish"), id, null)
                .andExpect(status().isForbidden());

        withVersion("contractor1", post("/api/v1/checklist-templates/" + id + "/publish"), id, null)
                .andExpect(status().isOk());
        call("contractor2", get("/api/v1/checklist-templates/" + id + "/versions/1"), null)
                .andExpect(status().isNotFound());
        call("hse", get("/api/v1/checklist-templates/" + id + "/versions/1"), null)
                .andExpect(status().isOk());
        assertThat(listed("contractor1", id)).isTrue();
        assertThat(listed("hse", id)).isTrue();
    }

    @Test
    void theTemplatesPageShowsTheQuestionsTheFormulaAndRefusesABrokenConditionBesideItsField() throws Exception {
        var logins = new Logins(context);
        var id = published("hse", CRANE.formatted("Page " + UUID.randomUUID()));
        var version = jdbc.sql("select version from audit_template where id = :id")
                .param("id", UUID.fromString(id))
                .query(Long.class)
                .single();

        var page = mvc.perform(get("/audit/templates/" + id)
                        .with(logins.as("hse"))
                        .locale(java.util.Locale.forLanguageTag("ru")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Предохранительные замки крюков на месте?", "Как оценивается проверка", "Крюки");

        var refused = addQuestion("hse", id, version, "{\"==\": [{\"var\": \"brake\"}, \"no\"]}")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("brake, which this checklist does not have");
        call("hse", get("/api/v1/checklist-templates/" + id), null)
                .andExpect(jsonPath("$.questions.length()").value(3));

        addQuestion("manager", id, version, "").andExpect(status().isForbidden());
    }

    private ResultActions addQuestion(String username, String id, Long version, String showWhen) throws Exception {
        return mvc.perform(post("/audit/templates/" + id + "/questions")
                .with(new Logins(context).as(username))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("version", version.toString())
                .param("name", "hoist")
                .param("type", "YES_NO")
                .param("labelEn", "Hoist brake holds?")
                .param("labelRu", "Тормоз подъёма держит?")
                .param("weight", "1")
                .param("showWhen", showWhen));
    }

    private String published(String username, String json) throws Exception {
        var id = calls().draft(username, json);
        withVersion(username, post("/api/v1/checklist-templates/" + id + "/publish"), id, null)
                .andExpect(status().isOk());
        return id;
    }

    private ResultActions score(String id, String answers) throws Exception {
        return call("worker", post("/api/v1/checklist-templates/" + id + "/versions/1/score"), answers)
                .andExpect(status().isOk());
    }

    private boolean listed(String username, String id) throws Exception {
        var page = body(call(username, get("/api/v1/checklist-templates?size=100&sort=title"), null));
        long total = JsonPath.<Integer>read(page, "$.totalItems");
        for (int p = 0; p * 100 < total; p++) {
            var items = JsonPath.<List<String>>read(
                    body(call(username, get("/api/v1/checklist-templates?size=100&page=" + p), null)), "$.items[*].id");
            if (items.contains(id)) {
                return true;
            }
        }
        return false;
    }

    private ResultActions withVersion(
            String username, AbstractMockHttpServletRequestBuilder<?> request, String id, String json)
            throws Exception {
        return calls().withVersion(username, request, id, json);
    }

    private ChecklistCalls calls;

    private ChecklistCalls calls() {
        if (calls == null) {
            calls = new ChecklistCalls(mvc, jdbc, new Logins(context));
        }
        return calls;
    }

    private ResultActions call(String username, AbstractMockHttpServletRequestBuilder<?> request, String json)
            throws Exception {
        return calls().call(username, request, json);
    }

    private static String body(ResultActions result) throws Exception {
        return ChecklistCalls.body(result);
    }
}
