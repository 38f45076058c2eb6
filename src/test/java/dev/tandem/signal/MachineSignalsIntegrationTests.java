package dev.tandem.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.event.ContributingSignal;
import dev.tandem.event.EarlyWarningDetected;
import dev.tandem.event.EarlyWarnings;
import dev.tandem.identity.Logins;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
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

    @Autowired
    EarlyWarnings warnings;

    @Test
    void theMachinesPageShowsItsOpenWarningsAndTheLatestValueOfEachTagInTheSitesZone() throws Exception {
        var pump = new SignalFixture(context, 7);
        var pressure = tagId(pump.keys.get(0));
        var latest = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(3, ChronoUnit.MINUTES);
        minute(pressure, latest.minus(1, ChronoUnit.MINUTES), 9.75);
        minute(pressure, latest, 12.5);
        var warning = UUID.randomUUID();
        warnings.raise(new EarlyWarningDetected(
                warning,
                pump.equipmentId,
                pump.siteId,
                pump.areaId,
                latest,
                "Pressure and flow left their usual pattern",
                List.of(new ContributingSignal(pump.keys.get(0), "pressure", "u", 12.5, 0.8, null, null))));
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

    private UUID tagId(String key) {
        return jdbc.sql("select id from signal_tag where tag_key = :key")
                .param("key", key)
                .query(UUID.class)
                .single();
    }

    private void minute(UUID tag, Instant minute, double last) {
        jdbc.sql(
                        """
                        insert into signal_minute (tag_id, minute, samples, min_value, max_value, sum_value,
                                                   last_value, last_at)
                        values (:tag, :minute, 60, :last, :last, 60 * :last, :last, :lastAt)""")
                .param("tag", tag)
                .param("minute", Timestamp.from(minute))
                .param("last", last)
                .param("lastAt", Timestamp.from(minute.plusSeconds(59)))
                .update();
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(new Logins(context).as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
