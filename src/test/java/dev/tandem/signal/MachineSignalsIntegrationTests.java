package dev.tandem.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.event.ContributingSignal;
import dev.tandem.identity.Logins;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A machine's page shows what its signals say now: its open early warnings and the latest value of each tag with
 * its unit, at the time of the machine's site.
 */
@TandemIntegrationTest
class MachineSignalsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theMachinesPageShowsItsOpenWarningsAndTheLatestValueOfEachTagInTheSitesZone() throws Exception {
        var pump = new SignalFixture(context, 7);
        var latest = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(3, ChronoUnit.MINUTES);
        pump.minute(pump.keys.get(0), latest.minus(1, ChronoUnit.MINUTES), 9.75, 0);
        pump.minute(pump.keys.get(0), latest, 12.5, 0);
        var warning = pump.warned(
                latest,
                "Pressure and flow left their usual pattern",
                new ContributingSignal(pump.keys.get(0), "pressure", "u", 12.5, 0.8, null, null));
        var zone = ZoneId.of(jdbc.sql("select time_zone from site where id = :id")
                .param("id", pump.siteId)
                .query(String.class)
                .single());

        var html = page("/signals/equipment/" + pump.equipmentId + "/now?lang=en", "hse");

        assertThat(html)
                .contains("Early warnings open: 1", "/events/" + warning)
                .contains("12.50 u")
                .doesNotContain("9.75")
                .contains(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .format(latest.plusSeconds(59).atZone(zone)))
                .contains("When (" + zone.getId() + ")")
                .contains("nothing received yet");
        assertThat(page("/equipment/" + pump.equipmentId, "hse"))
                .contains("hx-get=\"/signals/equipment/" + pump.equipmentId + "/now\"");

        var contractors = page("/signals/equipment/" + pump.equipmentId + "/now?lang=en", "contractor1");
        assertThat(contractors)
                .as("early warnings are the owner company's records")
                .doesNotContain(warning.toString());
        assertThat(contractors).contains("12.50 u");
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(new Logins(context).as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
