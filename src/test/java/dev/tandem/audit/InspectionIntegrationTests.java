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
import dev.tandem.shared.Precondition;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Inspections over the API: an answer its question does not take is refused naming the question and nothing is
 * written; completion is refused while a shown required question is unanswered or an answer lacks the photo or the
 * action its conditions require; a failed item becomes a finding and an action (source INSPECTION) in one request;
 * the score is the one formula's over the version the inspection keeps; a contractor reads its own inspections and
 * never another contractor's.
 */
@TandemIntegrationTest
class InspectionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    ChecklistCalls calls;
    Logins logins;
    UUID template;
    UUID site;

    @BeforeEach
    void setUp() {
        var fixture = new InspectionFixture(mvc, context, jdbc);
        logins = fixture.logins;
        calls = fixture.calls;
        template = fixture.template;
        site = fixture.site;
    }

    @Test
    void anAnswerItsQuestionDoesNotTakeIsRefusedNamingTheQuestionAndNothingIsWritten() throws Exception {
        var id = start("hse", null);

        calls.onInspection(
                        "hse",
                        put("/api/v1/inspections/" + id + "/answers"),
                        id,
                        "{\"answers\": {\"latches\": \"yes\", \"load\": \"60\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers.load"))
                .andExpect(
                        jsonPath("$.errors[0].message")
                                .value(
                                        "Heaviest load to be lifted this shift, tonnes: the answer is outside its limits, 0 to 50."));
        calls.onInspection(
                        "hse",
                        put("/api/v1/inspections/" + id + "/answers"),
                        id,
                        "{\"answers\": {\"latches\": \"maybe\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers.latches"));
        calls.onInspection(
                        "hse", put("/api/v1/inspections/" + id + "/answers"), id, "{\"answers\": {\"hooks\": \"yes\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers.hooks"));

        calls.call("hse", get("/api/v1/inspections/" + id), null)
                .andExpect(jsonPath("$.answers").isEmpty())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
    }

    @Test
    void itCompletesOnlyWithEveryShownRequiredAnswerAndThePhotoAndActionAFailedItemRequires() throws Exception {
        var id = start("hse", null);
        var answers = "/api/v1/inspections/" + id + "/answers";
        calls.onInspection("hse", put(answers), id, "{\"answers\": {\"latches\": \"no\", \"load\": \"12.5\"}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answers[1].answer").value("12.5"));

        calls.complete("hse", id)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers.latches"))
                .andExpect(
                        jsonPath("$.errors[0].message")
                                .value(
                                        "Are the safety latches of every hook in place and closing by themselves?: this answer requires a photo."));
        calls.photo("hse", id, "latches")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answers[0].photoId").isNotEmpty());
        calls.complete("hse", id)
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[0].message")
                                .value(
                                        "Are the safety latches of every hook in place and closing by themselves?: this answer requires a finding with an action."));

        var owner = logins.viewer("contractor1").personId();
        var finding =
                """
                {"question": "latches", "note": "Latch of the 5 t hook is bent", "ownerPersonId": "%s"}"""
                        .formatted(owner);
        var action = JsonPath.<String>read(
                ChecklistCalls.body(calls.call("hse", post("/api/v1/inspections/" + id + "/findings"), finding)
                        .andExpect(status().isCreated())),
                "$.actionId");
        calls.call("hse", post("/api/v1/inspections/" + id + "/findings"), finding)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.actionId").value(action));
        calls.call("contractor1", get("/api/v1/actions/" + action), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sourceType").value("INSPECTION"))
                .andExpect(jsonPath("$.sourceId").value(id))
                .andExpect(jsonPath("$.title")
                        .value("Are the safety latches of every hook in place and closing by themselves?"));

        // the overload question shows once latches are missing and the load is over 5 t
        calls.complete("hse", id)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers.overload"))
                .andExpect(
                        jsonPath("$.errors[0].message")
                                .value(
                                        "Has the overload limiter been tested with a test weight today?: an answer is required."));
        calls.onInspection("hse", put(answers), id, "{\"answers\": {\"overload\": \"yes\"}}")
                .andExpect(status().isOk());

        // latches no: 0 of 3 points; overload yes: 1 of 1
        calls.complete("hse", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.points").value(1))
                .andExpect(jsonPath("$.possible").value(4))
                .andExpect(jsonPath("$.percentage").value(25.0))
                .andExpect(jsonPath("$.findings.length()").value(1));
        calls.onInspection("hse", put(answers), id, "{\"answers\": {\"overload\": \"no\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        calls.call("hse", get("/api/v1/inspections/" + id + "/history"), null)
                .andExpect(jsonPath("$[0].kind").value("CREATED"))
                .andExpect(jsonPath("$[-1:].changes.status.to").value("COMPLETED"));
    }

    @Test
    void anInspectionKeepsTheVersionItWasStartedOn() throws Exception {
        var id = start("hse", null);
        var checklists = context.getBean(Checklists.class);
        var hse = logins.viewer("hse");
        var draft = checklists.template(template, hse);
        var fewer = new DefineTemplate(
                draft.title(),
                draft.description(),
                null,
                List.of(draft.questions().get(1)));
        checklists.revise(template, Precondition.none(), fewer, hse);
        checklists.publish(template, Precondition.none(), hse);

        calls.onInspection(
                        "hse",
                        put("/api/v1/inspections/" + id + "/answers"),
                        id,
                        "{\"answers\": {\"latches\": \"yes\", \"load\": \"3\"}}")
                .andExpect(status().isOk());
        calls.complete("hse", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.templateVersion").value(1))
                .andExpect(jsonPath("$.percentage").value(100.0));
        calls.call(
                        "hse",
                        post("/api/v1/inspections"),
                        "{\"templateId\": \"%s\", \"siteId\": \"%s\"}".formatted(template, site))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.templateVersion").value(2));
    }

    @Test
    void aContractorReadsItsOwnInspectionsAndNeverAnotherContractors() throws Exception {
        var own = start("contractor1", null);
        var plants = start("hse", null);
        var contractor1 = logins.viewer("contractor1").organisationId();

        calls.call("contractor1", get("/api/v1/inspections/" + own), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisationId").value(contractor1.toString()))
                .andExpect(jsonPath("$.startedByOrganisationId").value(contractor1.toString()));
        calls.call("contractor2", get("/api/v1/inspections/" + own), null).andExpect(status().isNotFound());
        calls.onInspection(
                        "contractor2",
                        put("/api/v1/inspections/" + own + "/answers"),
                        own,
                        "{\"answers\": {\"latches\": \"yes\"}}")
                .andExpect(status().isNotFound());
        calls.call("contractor1", get("/api/v1/inspections/" + plants), null).andExpect(status().isNotFound());
        calls.call("manager", get("/api/v1/inspections/" + own), null).andExpect(status().isOk());

        var listed = ChecklistCalls.body(calls.call("contractor2", get("/api/v1/inspections?size=100"), null));
        assertThat(JsonPath.<List<String>>read(listed, "$.items[*].id")).doesNotContain(own, plants);
        var ownList = ChecklistCalls.body(calls.call("contractor1", get("/api/v1/inspections?q=Crane&size=100"), null));
        assertThat(JsonPath.<List<String>>read(ownList, "$.items[*].id"))
                .contains(own)
                .doesNotContain(plants);

        // a contractor names only its own work
        calls.call(
                        "contractor1",
                        post("/api/v1/inspections"),
                        "{\"templateId\": \"%s\", \"siteId\": \"%s\", \"organisationId\": \"%s\"}"
                                .formatted(
                                        template,
                                        site,
                                        logins.viewer("contractor2").organisationId()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisationId"));
        // an id another contractor used answers as if there were none
        calls.call(
                        "contractor2",
                        post("/api/v1/inspections"),
                        "{\"id\": \"%s\", \"templateId\": \"%s\", \"siteId\": \"%s\"}".formatted(own, template, site))
                .andExpect(status().isNotFound());
        calls.call(
                        "admin",
                        post("/api/v1/inspections"),
                        "{\"templateId\": \"%s\", \"siteId\": \"%s\"}".formatted(template, site))
                .andExpect(status().isForbidden());
        calls.call("worker", post("/api/v1/inspections/" + own + "/void"), "{\"reason\": \"duplicate\"}")
                .andExpect(status().isForbidden());
    }

    private String start(String username, UUID organisation) throws Exception {
        var json = organisation == null
                ? "{\"templateId\": \"%s\", \"siteId\": \"%s\"}".formatted(template, site)
                : "{\"templateId\": \"%s\", \"siteId\": \"%s\", \"organisationId\": \"%s\"}"
                        .formatted(template, site, organisation);
        return JsonPath.read(
                ChecklistCalls.body(calls.call(username, post("/api/v1/inspections"), json)
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.templateVersion").value(1))),
                "$.id");
    }
}
