package dev.tandem.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.event.ContributingSignal;
import dev.tandem.event.InjuryClass;
import dev.tandem.signal.SignalFixture;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An investigation of an early warning shows the signals behind it minute by minute from half an hour before to half
 * an hour after, the warning's start and the signals' return to normal marked, on its page and in its report: to
 * everyone who reads the investigation, a contractor's member of its team too, who may not read the warning itself;
 * to nobody else.
 */
@TandemIntegrationTest
class InvestigationSignalWindowIntegrationTests {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void theTeamSeesTheWarningsSignalsAroundItAndNobodyElse() throws Exception {
        var fixture = new InvestigationFixture(mvc, context);
        var pump = new SignalFixture(context, 11);
        var pressure = pump.keys.get(0);
        var start = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        // normal at 10 u; from the warning's minute 14 u for five minutes, then back at 10.5 u
        for (int minute = -40; minute <= 40; minute++) {
            var value = minute >= 0 && minute < 6 ? 14.0 : minute >= 6 ? 10.5 : 10.0;
            pump.minute(pressure, start.plus(minute, ChronoUnit.MINUTES), value, 0.2);
        }
        var warning = pump.warned(
                start.plusSeconds(20),
                "Pressure rose above its normal",
                new ContributingSignal(pressure, "pressure", "u", 14, 0.9, null, null, 10.0, 1.2, true));
        var incident = fixture.incident("contractor1", InjuryClass.FIRST_AID, false);
        var id = fixture.opened(
                "manager",
                List.of(InvestigationFixture.event(incident), InvestigationFixture.event(warning)),
                List.of(fixture.logins.viewer("contractor1.worker").personId()),
                InvestigationFixture.dueIn20Days());
        var zone = ZoneId.of(fixture.jdbc
                .sql("select s.time_zone from site s join investigation i on i.site_id = s.id where i.id = :id")
                .param("id", id)
                .query(String.class)
                .single());
        var startedAt = CLOCK.format(start.plusSeconds(20).atZone(zone));
        var backAt = CLOCK.format(start.plus(6, ChronoUnit.MINUTES).atZone(zone));

        for (var reader : List.of("manager", "contractor1.worker")) {
            var page = fixture.page("/investigations/" + id + "?lang=en", reader);
            assertThat(page)
                    .as(reader)
                    .contains("data-signal-window", "Signals around the early warning", "pressure, u", "<svg")
                    .contains("warning " + startedAt, "normal " + backAt)
                    .contains("The warning began at " + startedAt, "back near normal at " + backAt)
                    .doesNotContain("were not back near normal");
        }
        assertThat(fixture.page("/investigations/" + id + "?lang=ru", "contractor1.worker"))
                .contains(
                        "Сигналы вокруг раннего предупреждения",
                        "предупреждение " + startedAt,
                        "Сигналы вернулись к норме в " + backAt);

        var report = pdfText(fixture, "/investigations/" + id + "/report.pdf", "contractor1.worker");
        assertThat(report)
                .contains("Signals around the early warning", "pressure, u", "red: the warning began")
                .contains("The warning began at " + startedAt, "back near normal at " + backAt);

        for (var outsider : List.of("contractor2", "contractor1", "worker")) {
            mvc.perform(get("/investigations/" + id).with(fixture.logins.as(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/investigations/" + id + "/report.pdf").with(fixture.logins.as(outsider)))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void aWarningWhoseSignalsStayOffNormalSaysSo() throws Exception {
        var fixture = new InvestigationFixture(mvc, context);
        var pump = new SignalFixture(context, 12);
        var flow = pump.keys.get(1);
        var start = Instant.now().minus(5, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        for (int minute = -30; minute <= 30; minute++) {
            pump.minute(flow, start.plus(minute, ChronoUnit.MINUTES), minute < 0 ? 20.0 : 26.0, 0.2);
        }
        var warning = pump.warned(
                start,
                "Flow left its normal",
                new ContributingSignal(flow, "flow", "m³/h", 26, 0.9, null, null, 20.0, 0.5, true));
        var id = fixture.opened(
                "hse", List.of(InvestigationFixture.event(warning)), List.of(), InvestigationFixture.dueIn20Days());

        assertThat(fixture.page("/investigations/" + id + "?lang=en", "hse"))
                .contains("flow, u", "Its signals were not back near normal within half an hour")
                .as("no return to normal is marked")
                .doesNotContain("#198754");
    }

    private String pdfText(InvestigationFixture fixture, String path, String username) throws Exception {
        var pdf = mvc.perform(get(path).header("Accept-Language", "en").with(fixture.logins.as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
