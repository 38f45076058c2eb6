package dev.tandem.signal.ingest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes per-minute aggregates in batches: every few seconds the minutes that ended (a tag's sample opened the
 * next one, or the tag fell silent) go to the database in one multi-row statement per thousand rows. A minute
 * written twice (after a restart) is merged, not doubled. On shutdown every open minute is written.
 */
@Component
class MinuteWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MinuteWriter.class);
    private static final int BATCH = 1000;

    private final MinuteSink sink;
    private final SignalIngestion ingestion;
    private final JdbcTemplate jdbc;
    private final SignalProperties properties;
    private volatile boolean running;

    MinuteWriter(MinuteSink sink, SignalIngestion ingestion, JdbcTemplate jdbc, SignalProperties properties) {
        this.sink = sink;
        this.ingestion = ingestion;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${tandem.signal.flush-interval:PT5S}")
    void flush() {
        ingestion.closeMinutes(System.nanoTime() - properties.idleMinute().toNanos());
        writeWaiting();
    }

    /**
     * Writes every minute that has ended; returns how many rows were written. A batch the database cannot take for
     * the moment waits in the sink for the next flush, so a busy database delays minutes instead of losing them.
     */
    synchronized int writeWaiting() {
        int written = 0;
        List<MinuteRow> rows;
        while (!(rows = sink.drain(BATCH)).isEmpty()) {
            try {
                write(rows);
                written += rows.size();
            } catch (RuntimeException failed) {
                if (DatabaseAway.isPassing(failed)) {
                    // kept for the next flush: the insert adds their samples only once it commits
                    sink.putBack(rows);
                    log.warn("Could not write {} minute aggregates yet: {}", rows.size(), failed.getMessage());
                    return written;
                }
                log.error("Could not write {} minute aggregates", rows.size(), failed);
            }
        }
        return written;
    }

    private void write(List<MinuteRow> taken) {
        var rows = merged(taken);
        var sql = new StringBuilder(
                "insert into signal_minute (tag_id, minute, samples, min_value, max_value, sum_value, last_value,"
                        + " last_at) values ");
        var args = new Object[rows.size() * 8];
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?)");
            var row = rows.get(i);
            int at = i * 8;
            args[at] = row.tagId();
            args[at + 1] = Timestamp.from(Instant.ofEpochMilli(row.minuteMillis()));
            args[at + 2] = row.samples();
            args[at + 3] = row.min();
            args[at + 4] = row.max();
            args[at + 5] = row.sum();
            args[at + 6] = row.last();
            args[at + 7] = Timestamp.from(Instant.ofEpochMilli(row.lastAt()));
        }
        sql.append(
                """
                 on conflict (tag_id, minute) do update set
                    samples = signal_minute.samples + excluded.samples,
                    min_value = least(signal_minute.min_value, excluded.min_value),
                    max_value = greatest(signal_minute.max_value, excluded.max_value),
                    sum_value = signal_minute.sum_value + excluded.sum_value,
                    last_value = case when excluded.last_at >= signal_minute.last_at
                                      then excluded.last_value else signal_minute.last_value end,
                    last_at = greatest(signal_minute.last_at, excluded.last_at)""");
        jdbc.update(sql.toString(), args);
    }

    /** One row per tag and minute: a minute closed early (tag silent, tags changed) may have come back. */
    private static List<MinuteRow> merged(List<MinuteRow> rows) {
        var byKey = new LinkedHashMap<String, MinuteRow>();
        for (var row : rows) {
            byKey.merge(
                    row.tagId() + "@" + row.minuteMillis(),
                    row,
                    (a, b) -> new MinuteRow(
                            a.tagId(),
                            a.minuteMillis(),
                            a.samples() + b.samples(),
                            Math.min(a.min(), b.min()),
                            Math.max(a.max(), b.max()),
                            a.sum() + b.sum(),
                            a.lastAt() >= b.lastAt() ? a.last() : b.last(),
                            Math.max(a.lastAt(), b.lastAt())));
        }
        return new ArrayList<>(byKey.values());
    }

    @Override
    public void start() {
        running = true;
    }

    /** Writes every open minute before the database goes away (after the MQTT listener has stopped). */
    @Override
    public void stop() {
        running = false;
        ingestion.closeMinutes(null);
        writeWaiting();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return SignalPhases.WRITERS;
    }
}
