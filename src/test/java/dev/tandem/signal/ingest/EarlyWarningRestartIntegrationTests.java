package dev.tandem.signal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.TandemApplication;
import dev.tandem.signal.SignalFixture;
import dev.tandem.signal.ingest.StreamOutput.FiredWarning;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * What the signal module keeps across a restart. An early warning crosses to the event module through the event
 * publication registry: the application stops after the signal module stored the warning and before the event module
 * recorded it, and the safety event is there after the restart. And a detector carries on from what it learned before
 * the restart instead of learning again. Two applications one after the other on a database of their own.
 */
class EarlyWarningRestartIntegrationTests {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private static final Path DATA = Path.of("target/test-postgres-restart");

    @Test
    void aWarningStoredBeforeTheApplicationStoppedBecomesASafetyEventAfterTheRestart() throws IOException {
        // wiped here: a server started with clean-on-start also deletes its data when it stops
        FileSystemUtils.deleteRecursively(DATA);
        var warningId = UUID.randomUUID();
        try (var first = start()) {
            var jdbc = first.getBean(JdbcClient.class);
            // the event module's step fails, as a crash between the two steps leaves it: not done
            jdbc.sql(
                            """
                            create function refuse_early_warnings() returns trigger language plpgsql as $$
                            begin raise exception 'the application stopped'; end $$""")
                    .update();
            jdbc.sql(
                            """
                            create trigger refuse_early_warnings before insert on safety_event for each row
                            when (new.type = 'EARLY_WARNING') execute function refuse_early_warnings()""")
                    .update();

            first.getBean(WarningStore.class).record(warning(warningId, jdbc));

            assertThat(count(jdbc, "select count(*) from signal_warning where event_id = :id", warningId))
                    .isOne();
            await().atMost(PATIENCE)
                    .until(() -> count(
                                    jdbc,
                                    """
                                    select count(*) from event_publication
                                    where serialized_event like '%' || :id || '%' and status = 'FAILED'""",
                                    warningId.toString())
                            == 1);
            assertThat(count(jdbc, "select count(*) from safety_event where id = :id", warningId))
                    .isZero();
            jdbc.sql("drop trigger refuse_early_warnings on safety_event").update();
        }

        try (var second = start()) {
            var jdbc = second.getBean(JdbcClient.class);
            await().atMost(PATIENCE)
                    .until(() -> count(
                                    jdbc,
                                    "select count(*) from safety_event where id = :id and type = 'EARLY_WARNING'",
                                    warningId)
                            == 1);
            await().atMost(PATIENCE)
                    .until(() -> count(
                                    jdbc,
                                    """
                                    select count(*) from event_publication
                                    where serialized_event like '%' || :id || '%' and completion_date is null""",
                                    warningId.toString())
                            == 0);
        }
    }

    @Test
    void aDetectorCarriesOnAfterARestartFromWhatItLearnedAndWarnsOnItsFirstFault() throws IOException {
        FileSystemUtils.deleteRecursively(DATA);
        long base = System.currentTimeMillis() - Duration.ofHours(2).toMillis();
        SignalFixture pump;
        StreamStatus learned;
        try (var first = start()) {
            pump = new SignalFixture(first, 41);
            feed(first, pump, base, 0, 700);
            learned = status(first, pump);
            assertThat(learned.phase()).isEqualTo("WATCHING");
        }

        try (var second = start()) {
            feed(second, pump, base, 700, 702);
            var resumed = status(second, pump);
            assertThat(resumed.phase()).isEqualTo("WATCHING");
            assertThat(resumed.learnedFrom()).isEqualTo(learned.learnedFrom());
            feed(second, pump, base, 702, 900);
            var jdbc = second.getBean(JdbcClient.class);
            await().atMost(PATIENCE)
                    .until(() -> jdbc.sql(
                                            """
                                            select count(*) from signal_warning
                                            where equipment_id = :id and learned_from = :learnedFrom
                                              and fired_at between :from and :to""")
                                    .param("id", pump.equipmentId)
                                    .param("learnedFrom", Timestamp.from(learned.learnedFrom()))
                                    .param("from", Timestamp.from(Instant.ofEpochMilli(base + 800_000)))
                                    .param("to", Timestamp.from(Instant.ofEpochMilli(base + 860_000)))
                                    .query(Long.class)
                                    .single()
                            == 1);
        }
    }

    /** The pump's samples from {@code from} to {@code to} seconds, its flow stepping up by twenty noises from 800 s. */
    private static void feed(ConfigurableApplicationContext context, SignalFixture pump, long base, int from, int to) {
        var samples = new ArrayList<RawSample>();
        for (int second = from; second < to; second++) {
            var values = pump.next();
            if (second >= 800) {
                values[1] += 6;
            }
            for (int i = 0; i < values.length; i++) {
                samples.add(new RawSample(pump.keys.get(i), base + second * 1000L, values[i]));
            }
        }
        var result = context.getBean(SignalIngestion.class).accept(SampleSource.HTTP, samples);
        assertThat(result.accepted()).isEqualTo(samples.size());
    }

    private static StreamStatus status(ConfigurableApplicationContext context, SignalFixture pump) {
        return context.getBean(SignalIngestion.class).streams().stream()
                .filter(stream -> stream.equipmentId().equals(pump.equipmentId))
                .findFirst()
                .orElseThrow();
    }

    /**
     * A small plant made in one go (no year of history), kept from the first start to the second; given as
     * arguments, which override the test profile.
     */
    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TandemApplication.class)
                .profiles("test")
                .run(
                        "--tandem.database.embedded.directory=" + DATA,
                        "--tandem.database.embedded.clean-on-start=false",
                        "--server.port=0",
                        "--tandem.signal.broker.enabled=false",
                        "--tandem.signal.mqtt.enabled=false",
                        "--tandem.demo.size=enterprise",
                        "--tandem.demo.bulk.sites=1",
                        "--tandem.demo.bulk.contractors=2",
                        "--tandem.demo.bulk.people=100",
                        "--tandem.demo.bulk.events=0",
                        "--tandem.demo.bulk.years=1",
                        "--tandem.demo.bulk.actions=0");
    }

    private static FiredWarning warning(UUID id, JdbcClient jdbc) {
        var area = jdbc.sql("select id, site_id from area limit 1")
                .query((row, n) -> new UUID[] {row.getObject(1, UUID.class), row.getObject(2, UUID.class)})
                .single();
        var pump = new EquipmentInfo(UUID.randomUUID(), area[1], area[0], "P-901", "Restart pump");
        jdbc.sql(
                        """
                        insert into equipment (id, site_id, area_id, code, name, type, criticality, version)
                        values (:id, :site, :area, :code, :name, 'PUMP', 'HIGH', 0)""")
                .param("id", pump.id())
                .param("site", pump.siteId())
                .param("area", pump.areaId())
                .param("code", pump.code())
                .param("name", pump.name())
                .update();
        var window = new SignalWindow(1_767_940_473_000L, 1_767_940_413_000L, 1_767_940_473_000L, List.of());
        return new FiredWarning(id, pump, 1_767_940_473_000L, 4.2, List.of(), window, null);
    }

    /** @param id a uuid, or its text where the publication's JSON is searched */
    private static long count(JdbcClient jdbc, String sql, Object id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }
}
