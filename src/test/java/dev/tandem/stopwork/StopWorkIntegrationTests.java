package dev.tandem.stopwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.shared.InvalidRequestException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A stop's way through the API: raised from a phone, acknowledged (the time measured from the raise on the phone),
 * its cause removed or compensated for, resumed only with a written justification by the area's manager or the site's
 * safety department; or judged unnecessary with an explanation.
 */
@TandemIntegrationTest
class StopWorkIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    StopFixture stops;
    String area;

    @BeforeEach
    void setUp() {
        stops = new StopFixture(mvc, context);
        area = stops.area();
    }

    @Test
    void aStopIsAcknowledgedCompensatedAndResumedAndItsResponseTimeCountsFromTheRaiseOnThePhone() throws Exception {
        var id = UUID.randomUUID();
        var raisedOnThePhone = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        stops.call(
                        "contractor1.worker",
                        post("/api/v1/stops"),
                        StopFixture.raise(id, area, stops.organisationOf("contractor1.worker"), raisedOnThePhone))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("RAISED"))
                .andExpect(jsonPath("$.raisedAt").value(raisedOnThePhone.toString()));
        var stop = id.toString();

        var acknowledged = stops.step("manager", stop, "acknowledge", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACKNOWLEDGED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long waited = ((Number) JsonPath.read(acknowledged, "$.acknowledgedAfterSeconds")).longValue();
        assertThat(waited).as("seconds from the raise on the phone").isBetween(600L, 900L);

        stops.step("manager", stop, "compensate", "{\"resolution\":\"A fan and 20-minute turns in the cab\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPENSATED"));
        stops.step("manager", stop, "resume", "{\"justification\":\"Cab below 28 degrees with the fan; turns agreed\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESUMED"))
                .andExpect(jsonPath("$.resumeJustification").value("Cab below 28 degrees with the fan; turns agreed"));

        stops.call("hse", get("/api/v1/stops/" + stop + "/history"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[0].kind").value("CREATED"))
                .andExpect(jsonPath("$[3].changes.status.to").value("RESUMED"));
    }

    @Test
    void theWorkResumesOnlyWithAWrittenJustificationAndOnlyByTheAreasManagerOrTheSitesSafetyDepartment()
            throws Exception {
        var stop = stops.raised("worker", area, "worker");
        stops.step("manager", stop, "acknowledge", null).andExpect(status().isOk());
        stops.step("manager", stop, "resolve", "{\"resolution\":\"Guard refitted\"}")
                .andExpect(status().isOk());
        var version = stops.version(stop);

        stops.step("manager", stop, "resume", "{\"justification\":\"  \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("justification"));
        stops.step("manager", stop, "resume", "{}").andExpect(status().isBadRequest());
        for (var outsider : new String[] {"director", "worker", "contractor1", "admin"}) {
            stops.step(outsider, stop, "resume", "{\"justification\":\"Looks fine to me\"}")
                    .andExpect(result -> assertThat(result.getResponse().getStatus())
                            .as(outsider)
                            .isIn(403, 404));
        }
        assertThat(stops.statusOf(stop)).isEqualTo("RESOLVED");
        assertThat(stops.version(stop)).as("nothing written").isEqualTo(version);

        stops.step("hse", stop, "resume", "{\"justification\":\"Guard checked in place\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESUMED"));
    }

    @Test
    void noStepIsSkippedTheWorkDoesNotResumeBeforeItsCauseIsDealtWith() throws Exception {
        var stop = stops.raised("worker", area, "worker");

        stops.step("manager", stop, "resume", "{\"justification\":\"All fine\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        stops.step("manager", stop, "resolve", "{\"resolution\":\"Fixed\"}").andExpect(status().isBadRequest());
        stops.step("manager", stop, "acknowledge", null).andExpect(status().isOk());
        stops.step("manager", stop, "acknowledge", null).andExpect(status().isBadRequest());
        stops.step("manager", stop, "resolve", "{\"resolution\":\"\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("resolution"));

        assertThat(stops.statusOf(stop)).isEqualTo("ACKNOWLEDGED");
    }

    @Test
    void aStopJudgedUnnecessaryIsExplainedToItsInitiatorAndCountsAsAnswered() throws Exception {
        var stop = stops.raised("contractor1.worker", area, "contractor1.worker");

        stops.step("hse", stop, "judge-unnecessary", "{\"explanation\":\" \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("explanation"));
        stops.step(
                        "hse",
                        stop,
                        "judge-unnecessary",
                        "{\"explanation\":\"The smell is the new paint, not gas: measured\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("JUDGED_UNNECESSARY"))
                .andExpect(jsonPath("$.acknowledgedAt").isNotEmpty());

        stops.call("contractor1.worker", get("/api/v1/stops/" + stop), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.explanation").value("The smell is the new paint, not gas: measured"));
        stops.step("hse", stop, "resume", "{\"justification\":\"x\"}").andExpect(status().isBadRequest());
    }

    @Test
    void aStepWithoutTheVersionReadIsRefusedAndAChangeMadeMeanwhileIsNotOverwritten() throws Exception {
        var stop = stops.raised("worker", area, "worker");

        stops.call("manager", post("/api/v1/stops/" + stop + "/acknowledge"), null)
                .andExpect(status().isPreconditionRequired());
        stops.call("manager", post("/api/v1/stops/" + stop + "/acknowledge").header("If-Match", "\"99\""), null)
                .andExpect(status().isPreconditionFailed());

        assertThat(stops.statusOf(stop)).isEqualTo("RAISED");
    }

    @Test
    void aStopSentAgainUnderItsIdIsStoredOnceAndAnotherContractorSendingTheIdLearnsNothing() throws Exception {
        var id = UUID.randomUUID();
        var body = StopFixture.raise(id, area, stops.organisationOf("contractor1.worker"), null);

        stops.call("contractor1.worker", post("/api/v1/stops"), body).andExpect(status().isCreated());
        stops.call("contractor1.worker", post("/api/v1/stops"), body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id.toString()));
        stops.call(
                        "contractor2",
                        post("/api/v1/stops"),
                        StopFixture.raise(id, area, stops.organisationOf("contractor2"), null))
                .andExpect(status().isNotFound());

        assertThat(stops.stored(id.toString())).isOne();
        stops.call("hse", get("/api/v1/stops/" + id), null)
                .andExpect(jsonPath("$.organisationId").value(stops.organisationOf("contractor1.worker")));
    }

    @Test
    void badInputGetsAClearErrorAndWritesNothing() throws Exception {
        var unknownArea = UUID.randomUUID();
        stops.call(
                        "worker",
                        post("/api/v1/stops"),
                        StopFixture.raise(
                                unknownArea, UUID.randomUUID().toString(), stops.organisationOf("worker"), null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("areaId"));
        assertThat(stops.stored(unknownArea.toString())).isZero();

        var otherContractors = UUID.randomUUID();
        stops.call(
                        "contractor1.worker",
                        post("/api/v1/stops"),
                        StopFixture.raise(otherContractors, area, stops.organisationOf("contractor2"), null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisationId"));
        assertThat(stops.stored(otherContractors.toString())).isZero();

        var future = UUID.randomUUID();
        stops.call(
                        "worker",
                        post("/api/v1/stops"),
                        StopFixture.raise(
                                future,
                                area,
                                stops.organisationOf("worker"),
                                Instant.now().plus(1, ChronoUnit.DAYS)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("raisedAt"));
        assertThat(stops.stored(future.toString())).isZero();

        var blank = UUID.randomUUID();
        stops.call(
                        "worker",
                        post("/api/v1/stops"),
                        """
                        {"id":"%s","areaId":"%s","organisationId":"%s","work":" ","unsafe":""}"""
                                .formatted(blank, area, stops.organisationOf("worker")))
                .andExpect(status().isBadRequest())
                .andExpect(result ->
                        assertThat(result.getResponse().getContentType()).contains("problem+json"));
        assertThat(stops.stored(blank.toString())).isZero();
    }

    @Test
    void aPhotoThatIsNotAPictureUndoesTheWholeStop() {
        var control = context.getBean(StopWorkControl.class);
        var id = UUID.randomUUID();
        var raise = new RaiseStopWork(
                id,
                UUID.fromString(area),
                UUID.fromString(stops.organisationOf("worker")),
                "Welding",
                "No screen",
                null,
                null);

        assertThatThrownBy(
                        () -> control.raise(raise, "%PDF-1.7 not a picture".getBytes(), stops.logins.viewer("worker")))
                .isInstanceOfSatisfying(InvalidRequestException.class, refused -> assertThat(refused.field())
                        .isEqualTo("photo"));
        assertThat(stops.stored(id.toString())).isZero();
    }
}
