package dev.tandem.signal.ingest;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps minute aggregates for {@code tandem.signal.minute-retention} and deletes older ones every
 * {@code tandem.signal.retention-interval}: ten thousand tags write fourteen million a day. Each tag's old minutes are
 * reached through the primary key and deleted a batch at a time, so the job never scans the table nor holds many rows
 * locked at once. Safe on several nodes: what one node deleted, another finds gone.
 */
@Component
public class MinuteRetention {

    private static final Logger log = LoggerFactory.getLogger(MinuteRetention.class);
    private static final int BATCH = 10_000;

    private final JdbcClient jdbc;
    private final SignalProperties properties;
    private final Clock clock;

    MinuteRetention(JdbcClient jdbc, SignalProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${tandem.signal.retention-interval:PT1H}",
            initialDelayString = "${tandem.signal.retention-interval:PT1H}")
    void deleteExpiredOnSchedule() {
        deleteExpired();
    }

    /** Deletes the minute aggregates older than the retention; how many it deleted. */
    public long deleteExpired() {
        var before = Timestamp.from(Instant.now(clock).minus(properties.minuteRetention()));
        long deleted = 0;
        for (var tag : jdbc.sql("select id from signal_tag").query(UUID.class).list()) {
            int batch;
            do {
                batch = jdbc.sql(
                                """
                                delete from signal_minute where tag_id = :tag and minute in (
                                    select minute from signal_minute where tag_id = :tag and minute < :before
                                    order by minute limit :batch)""")
                        .param("tag", tag)
                        .param("before", before)
                        .param("batch", BATCH)
                        .update();
                deleted += batch;
            } while (batch == BATCH);
        }
        if (deleted > 0) {
            log.info("Deleted {} minute aggregates older than {}", deleted, before.toInstant());
        }
        return deleted;
    }
}
