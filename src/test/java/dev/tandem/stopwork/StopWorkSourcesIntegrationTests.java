package dev.tandem.stopwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.event.ContributingSignal;
import dev.tandem.event.EarlyWarningDetected;
import dev.tandem.event.EarlyWarnings;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Where stops come from and what they lead to: an early warning offers "stop the work on this equipment" with the
 * stop filled in from it; compensating measures answer to a risk of the register, an existing one or a new one whose
 * form opens filled in from the stop and leads back to it.
 */
@TandemIntegrationTest
class StopWorkSourcesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    StopFixture stops;

    @BeforeEach
    void setUp() {
        stops = new StopFixture(mvc, context);
    }

    @Test
    void anEarlyWarningOffersToStopTheWorkOnItsMachineWithTheStopFilledIn() throws Exception {
        var marker = UUID.randomUUID().toString();
        var warning = warning(marker);
        mvc.perform(get("/events/{id}", warning).with(stops.logins.as("hse")))
                .andExpect(content().string(containsString("/stop?fromEvent=" + warning)));

        mvc.perform(get("/stop").param("fromEvent", warning.toString()).with(stops.logins.as("hse")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Discharge pressure falling " + marker)))
                .andExpect(content().string(containsString("P-101")))
                .andExpect(content().string(containsString("value=\"" + warning + "\"")));

        var id = UUID.randomUUID();
        var area = jdbc.sql("select area_id from safety_event where id = :id")
                .param("id", warning)
                .query(UUID.class)
                .single();
        stops.call(
                        "hse",
                        post("/api/v1/stops"),
                        """
                        {"id":"%s","areaId":"%s","organisationId":"%s","work":"P-101 feed pump","unsafe":"Cavitation",
                         "sourceEventId":"%s"}"""
                                .formatted(id, area, stops.organisationOf("hse"), warning))
                .andExpect(status().isCreated());
        stops.call("hse", get("/api/v1/stops/" + id), null)
                .andExpect(jsonPath("$.sourceEventId").value(warning.toString()));
    }

    @Test
    void aStopNamesOnlyAnEarlyWarningAsItsSource() throws Exception {
        var hazard = jdbc.sql("select id from safety_event where type = 'HAZARD' and voided_at is null limit 1")
                .query(UUID.class)
                .single();
        var id = UUID.randomUUID();
        stops.call(
                        "hse",
                        post("/api/v1/stops"),
                        """
                        {"id":"%s","areaId":"%s","organisationId":"%s","work":"Welding","unsafe":"No screen",
                         "sourceEventId":"%s"}"""
                                .formatted(id, stops.area(), stops.organisationOf("hse"), hazard))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sourceEventId"));
        assertThat(stops.stored(id.toString())).isZero();
    }

    @Test
    void aNewRiskEnteredFromACompensatedStopIsFilledInFromItAndLeadsBackToIt() throws Exception {
        var area = stops.area();
        var stop = stops.raised("contractor1.worker", area, "contractor1.worker");
        stops.step("manager", stop, "acknowledge", null).andExpect(status().isOk());
        var back = "/stops/" + stop;

        mvc.perform(get("/stops/{id}", stop).with(stops.logins.as("manager")))
                .andExpect(content().string(containsString("returnTo=" + back)));
        mvc.perform(get("/risks/new")
                        .param("areaId", area)
                        .param("activity", "Lifting ladles with the bay crane")
                        .param("hazard", "Heat in the crane cab")
                        .param("returnTo", back)
                        .with(stops.logins.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lifting ladles with the bay crane")))
                .andExpect(content().string(containsString("value=\"" + back + "\"")));

        var entered = mvc.perform(riskForm(area).param("returnTo", back))
                .andExpect(redirectedUrlPattern(back + "?riskId=*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var risk = entered.substring(entered.indexOf("riskId=") + "riskId=".length());

        stops.step(
                        "manager",
                        stop,
                        "compensate",
                        "{\"resolution\":\"Fan in the cab\",\"riskId\":\"%s\"}".formatted(risk))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPENSATED"))
                .andExpect(jsonPath("$.riskId").value(risk));
    }

    @Test
    void aRiskFormLeadsBackOnlyToAPageOfTandemsOwn() throws Exception {
        mvc.perform(riskForm(stops.area()).param("returnTo", "https://elsewhere.example/x"))
                .andExpect(redirectedUrlPattern("/risks/*"));
        mvc.perform(riskForm(stops.area()).param("returnTo", "//elsewhere.example/x"))
                .andExpect(redirectedUrlPattern("/risks/*"));
    }

    @Test
    void compensatingMeasuresAnswerOnlyToARiskOfTheRegister() throws Exception {
        var stop = stops.raised("worker", stops.area(), "worker");
        stops.step("manager", stop, "acknowledge", null).andExpect(status().isOk());

        stops.step(
                        "manager",
                        stop,
                        "compensate",
                        "{\"resolution\":\"Fan\",\"riskId\":\"%s\"}".formatted(UUID.randomUUID()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("riskId"));
        stops.step("manager", stop, "compensate", "{\"resolution\":\"Fan\"}").andExpect(status().isOk());
        stops.step("manager", stop, "risk", "{\"riskId\":\"%s\"}".formatted(UUID.randomUUID()))
                .andExpect(status().isBadRequest());
        assertThat(stops.statusOf(stop)).isEqualTo("COMPENSATED");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder riskForm(String area) {
        return post("/risks")
                .with(csrf())
                .with(stops.logins.as("manager"))
                .param("id", UUID.randomUUID().toString())
                .param("areaId", area)
                .param("activity", "Lifting ladles with the bay crane")
                .param(
                        "hazardCategoryId",
                        jdbc.sql("select id::text from hazard_category where code = 'LIFTING'")
                                .query(String.class)
                                .single())
                .param("hazard", "Heat in the crane cab")
                .param("unwantedEvent", "Operator faints at the controls")
                .param("consequence", "Dropped ladle")
                .param(
                        "ownerPersonId",
                        stops.logins.viewer("manager").personId().toString())
                .param("reviewDate", "2027-06-01");
    }

    private UUID warning(String marker) {
        var pump = jdbc.sql("select id, site_id, area_id from equipment where code = 'P-101'")
                .query((rs, row) -> new EarlyWarningDetected(
                        UUID.randomUUID(),
                        rs.getObject("id", UUID.class),
                        rs.getObject("site_id", UUID.class),
                        rs.getObject("area_id", UUID.class),
                        Instant.now().minusSeconds(60),
                        "Discharge pressure falling " + marker,
                        List.of(new ContributingSignal("P-101.pressure", "pressure", "bar", 3.1, 0.7, 4.5, 6.5))))
                .single();
        return context.getBean(EarlyWarnings.class).raise(pump).id();
    }
}
