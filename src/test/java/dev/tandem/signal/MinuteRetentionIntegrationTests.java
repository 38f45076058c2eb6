package dev.tandem.signal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.signal.ingest.MinuteRetention;
import dev.tandem.signal.ingest.SignalProperties;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@TandemIntegrationTest
class MinuteRetentionIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MinuteRetention retention;

    @Autowired
    SignalProperties properties;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationContext context;

    @Test
    void minutesOlderThanTheRetentionAreDeletedInBatchesAndNewerOnesKept() {
        var pump = new SignalFixture(context, 5);
        var tag = tagId(pump.keys.get(0));
        var other = tagId(pump.keys.get(1));
        var cutoff = Instant.now(clock).truncatedTo(ChronoUnit.MINUTES).minus(properties.minuteRetention());
        // twelve thousand minutes up to two minutes before the cut-off: more than one batch of the job
        minutes(tag, cutoff.minus(Duration.ofMinutes(12_001)), 12_000);
        minutes(tag, cutoff.plus(Duration.ofMinutes(5)), 3);
        minutes(other, cutoff.minus(Duration.ofDays(30)), 2);
        minutes(other, Instant.now(clock).truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(1)), 1);

        assertThat(retention.deleteExpired()).isEqualTo(12_002);

        assertThat(count(tag)).isEqualTo(3);
        assertThat(count(other)).isEqualTo(1);
        assertThat(retention.deleteExpired()).as("nothing is left to delete").isZero();
    }

    private UUID tagId(String key) {
        return jdbc.sql("select id from signal_tag where tag_key = :key")
                .param("key", key)
                .query(UUID.class)
                .single();
    }

    /** {@code count} minute aggregates of a tag, one a minute from {@code first}. */
    private void minutes(UUID tag, Instant first, int count) {
        jdbc.sql(
                        """
                        insert into signal_minute (tag_id, minute, samples, min_value, max_value, sum_value,
                                                   last_value, last_at)
                        select :tag, m, 60, 1, 2, 90, 1.5, m + interval '59 seconds'
                        from generate_series(cast(:first as timestamptz), cast(:first as timestamptz)
                                             + (:count - 1) * interval '1 minute', interval '1 minute') m""")
                .param("tag", tag)
                .param("first", Timestamp.from(first))
                .param("count", count)
                .update();
    }

    private long count(UUID tag) {
        return jdbc.sql("select count(*) from signal_minute where tag_id = :tag")
                .param("tag", tag)
                .query(Long.class)
                .single();
    }
}
