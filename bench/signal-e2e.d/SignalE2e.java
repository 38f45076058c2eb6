import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * The client side of bench/signal-e2e. "setup" writes the bench plant's equipment and tags into Tandem's database;
 * "run" publishes every tag once a second over MQTT (one JSON message per equipment, spread over the second),
 * injects step faults after the detectors have learned, watches the database for warnings and measures
 * publish → warning visible, and afterwards compares the samples published with those in the minute aggregates.
 */
public class SignalE2e {

    static final String PREFIX = "B-";

    public static void main(String[] args) throws Exception {
        var jdbc = args[1];
        int equipment = Integer.parseInt(args[2]);
        int tags = Integer.parseInt(args[3]);
        try (var db = DriverManager.getConnection(jdbc, "postgres", "")) {
            if (args[0].equals("setup")) {
                setup(db, equipment, tags);
            } else {
                new SignalE2e(db, args[4], equipment, tags, Integer.parseInt(args[5]), Integer.parseInt(args[6]),
                                Integer.parseInt(args[7]), Integer.parseInt(args[8]))
                        .run();
            }
        }
    }

    static String code(int e) {
        return PREFIX + String.format("%04d", e);
    }

    static String key(int e, int t) {
        return code(e) + ".t" + String.format("%02d", t);
    }

    static void setup(Connection db, int equipment, int tags) throws SQLException {
        db.setAutoCommit(false);
        UUID area, site;
        try (var rs = db.createStatement()
                .executeQuery("select id, site_id from area where voided_at is null order by code, id limit 1")) {
            rs.next();
            area = rs.getObject(1, UUID.class);
            site = rs.getObject(2, UUID.class);
        }
        try (var eq = db.prepareStatement("insert into equipment (id, site_id, area_id, code, name, type, criticality,"
                        + " version) values (?, ?, ?, ?, ?, 'PUMP', 'HIGH', 0)");
                var tg = db.prepareStatement("insert into signal_tag (id, equipment_id, tag_key, name, unit,"
                        + " version) values (?, ?, ?, ?, 'u', 0)")) {
            for (int e = 0; e < equipment; e++) {
                var id = UUID.randomUUID();
                eq.setObject(1, id);
                eq.setObject(2, site);
                eq.setObject(3, area);
                eq.setString(4, code(e));
                eq.setString(5, "Bench pump " + e);
                eq.addBatch();
                for (int t = 0; t < tags; t++) {
                    tg.setObject(1, UUID.randomUUID());
                    tg.setObject(2, id);
                    tg.setString(3, key(e, t));
                    tg.setString(4, "t" + String.format("%02d", t));
                    tg.addBatch();
                }
            }
            eq.executeBatch();
            tg.executeBatch();
        }
        db.commit();
        System.out.println("bench plant: " + equipment + " equipment, " + equipment * tags + " tags");
    }

    private final Connection db;
    private final String url;
    private final int equipment;
    private final int tags;
    private final int learnSeconds;
    private final int faults;
    private final int faultEveryMillis;
    private final int tailSeconds;
    private final Map<UUID, Integer> index = new HashMap<>();
    private final long[] faultStart;
    private final Map<Long, Long> publishedPerMinute = new ConcurrentHashMap<>();
    private final List<long[]> warnings = new ArrayList<>(); // equipment, firedAt, recordedAt, seenAt
    private final AtomicBoolean running = new AtomicBoolean(true);

    SignalE2e(Connection db, String url, int equipment, int tags, int learnSeconds, int faults, int faultEveryMillis,
            int tailSeconds) throws SQLException {
        this.db = db;
        this.url = url;
        this.equipment = equipment;
        this.tags = tags;
        this.learnSeconds = learnSeconds;
        this.faults = faults;
        this.faultEveryMillis = faultEveryMillis;
        this.tailSeconds = tailSeconds;
        this.faultStart = new long[equipment];
        Arrays.fill(faultStart, Long.MAX_VALUE);
        try (var rs = db.createStatement().executeQuery("select id, code from equipment where code like 'B-%'")) {
            while (rs.next()) {
                index.put(rs.getObject(1, UUID.class), Integer.parseInt(rs.getString(2).substring(PREFIX.length())));
            }
        }
    }

    void run() throws Exception {
        var watcher = new Thread(this::watch, "watch");
        watcher.start();
        // QoS 1 without waiting for each acknowledgement: QoS 0 lets the broker drop messages when the machine is
        // too busy to deliver them at once, which measured the bench's transport, not Tandem
        var client = new MqttAsyncClient(url, "bench-" + UUID.randomUUID(), new MemoryPersistence());
        var options = new MqttConnectOptions();
        options.setMaxInflight(65535);
        client.connect(options).waitForCompletion();
        var random = new Random(7);
        var load = new double[equipment];
        int seconds = learnSeconds + 30 + faults * faultEveryMillis / 1000 + tailSeconds;
        long start = System.currentTimeMillis() / 1000 * 1000 + 1000;
        long faultsFrom = start + (learnSeconds + 30) * 1000L;
        int stride = Math.max(1, equipment / Math.max(1, faults));
        long maxLag = 0;
        long published = 0;
        var json = new StringBuilder(64 * tags);
        for (int s = 0; s < seconds; s++) {
            for (int e = 0; e < equipment; e++) {
                long due = start + s * 1000L + e * 1000L / equipment;
                long now;
                while ((now = System.currentTimeMillis()) < due) {
                    LockSupport.parkNanos(200_000);
                }
                maxLag = Math.max(maxLag, now - due);
                int k = (int) ((now - faultsFrom) / faultEveryMillis);
                if (now >= faultsFrom && k < faults && e == k * stride % equipment && faultStart[e] == Long.MAX_VALUE) {
                    faultStart[e] = now;
                }
                load[e] = 0.95 * load[e] + 0.3 * random.nextGaussian();
                json.setLength(0);
                json.append("{\"ts\":").append(now).append(",\"values\":{");
                for (int t = 0; t < tags; t++) {
                    double value = 10 * (t + 1) + (t % 2 == 0 ? 1 : -0.7) * load[e] + 0.3 * random.nextGaussian();
                    if (now >= faultStart[e] && t == e % tags) {
                        value += 6; // a step of twenty times the tag's noise that stays: a process or sensor jump
                    }
                    json.append(t == 0 ? "" : ",").append('"').append(key(e, t)).append("\":")
                            .append(String.format(Locale.ROOT, "%.3f", value));
                }
                json.append("}}");
                var message = new MqttMessage(json.toString().getBytes(StandardCharsets.UTF_8));
                message.setQos(1);
                client.publish("tandem/signals/" + code(e), message);
                published += tags;
                publishedPerMinute.merge(now / 60_000 * 60_000, (long) tags, Long::sum);
            }
            if (s % 60 == 59) {
                System.out.printf("  %d s published, %d samples, publisher lag at most %d ms%n", s + 1, published,
                        maxLag);
            }
        }
        client.disconnect(60_000).waitForCompletion();
        client.close();
        long end = System.currentTimeMillis();
        Thread.sleep(15_000);
        awaitPublications();
        running.set(false);
        watcher.join();
        report(start, end, published, maxLag);
    }

    /** Polls for new warnings every 20 ms; a warning counts as visible when this query first returns it. */
    void watch() {
        var seen = new HashSet<UUID>();
        // visible = its safety event is there (the event module records it after the signal module's commit)
        try (var query = db.prepareStatement("select w.event_id, w.equipment_id,"
                + " (extract(epoch from w.fired_at) * 1000)::bigint, (extract(epoch from w.recorded_at) * 1000)::bigint"
                + " from signal_warning w join safety_event e on e.id = w.event_id"
                + " where w.recorded_at > now() - interval '10 minutes'")) {
            while (running.get()) {
                try (var rs = query.executeQuery()) {
                    long seenAt = System.currentTimeMillis();
                    while (rs.next()) {
                        var id = rs.getObject(1, UUID.class);
                        var e = index.get(rs.getObject(2, UUID.class));
                        if (e != null && seen.add(id)) {
                            synchronized (warnings) {
                                warnings.add(new long[] {e, rs.getLong(3), rs.getLong(4), seenAt});
                            }
                        }
                    }
                }
                Thread.sleep(20);
            }
        } catch (Exception failed) {
            failed.printStackTrace();
        }
    }

    void report(long start, long end, long published, long maxLag) throws SQLException {
        var visible = new ArrayList<Long>();
        var recorded = new ArrayList<Long>();
        var delays = new ArrayList<Long>();
        int truePositives = 0;
        int falseWarnings = 0;
        var detected = new HashSet<Integer>();
        for (var w : warnings) {
            visible.add(w[3] - w[1]);
            recorded.add(w[2] - w[1]);
        }
        // every warning stored counts for detection, also one the watcher did not see in time
        var stored = storedWarnings();
        for (var w : stored) {
            int e = (int) w[0];
            if (w[1] >= faultStart[e]) {
                if (detected.add(e)) {
                    truePositives++;
                    delays.add(w[1] - faultStart[e]);
                }
            } else {
                falseWarnings++;
            }
        }
        int injected = (int) Arrays.stream(faultStart).filter(t -> t != Long.MAX_VALUE).count();
        System.out.printf("run: %d equipment x %d tags at 1 Hz for %d s, learning %d s, %d samples published%n",
                equipment, tags, (end - start) / 1000, learnSeconds, published);
        System.out.printf("publisher lag behind its 1 Hz schedule: at most %d ms%n", maxLag);
        System.out.printf("warnings: %d stored, %d seen by the watcher (%d of %d injected faults detected,"
                        + " %d on equipment without a fault yet)%n",
                stored.size(), warnings.size(), truePositives, injected, falseWarnings);
        System.out.printf("publish of the firing sample -> safety event visible (all warnings): %s%n", stats(visible));
        System.out.printf("publish of the firing sample -> warning row inserted (database clock): %s%n", stats(recorded));
        System.out.printf("fault start -> firing sample (detection delay in plant time): %s%n", stats(delays));
        long kept = 0;
        long expected = 0;
        var perMinute = new TreeMap<Long, Long>();
        try (var rs = db.createStatement().executeQuery("select (extract(epoch from m.minute) * 1000)::bigint,"
                + " sum(m.samples) from signal_minute m join signal_tag t on t.id = m.tag_id"
                + " where t.tag_key like 'B-%' group by m.minute")) {
            while (rs.next()) {
                perMinute.put(rs.getLong(1), rs.getLong(2));
            }
        }
        var complete = new ArrayList<>(publishedPerMinute.keySet());
        complete.sort(null);
        // the last minute is still open in Tandem (its tags fall silent only after the idle time)
        complete.remove(complete.size() - 1);
        for (var minute : complete) {
            expected += publishedPerMinute.get(minute);
            kept += perMinute.getOrDefault(minute, 0L);
        }
        try (var rs = db.createStatement().executeQuery("select count(*), pg_relation_size('signal_minute'),"
                + " pg_total_relation_size('signal_minute') from signal_minute")) {
            rs.next();
            System.out.printf("signal_minute: %d rows, %d bytes of table (%.0f per row), %d with its index (%.0f per row)%n",
                    rs.getLong(1), rs.getLong(2), rs.getLong(2) / (double) rs.getLong(1), rs.getLong(3),
                    rs.getLong(3) / (double) rs.getLong(1));
        }
        try (var rs = db.createStatement().executeQuery("select (select count(*) from signal_warning w where not exists"
                + " (select 1 from safety_event e where e.id = w.event_id)), (select count(*) from event_publication"
                + " where completion_date is null)")) {
            rs.next();
            System.out.printf("warnings without their safety event: %d; event publications not completed: %d%n",
                    rs.getLong(1), rs.getLong(2));
        }
        try (var rs = db.createStatement().executeQuery("select count(*), pg_total_relation_size('signal_warning')"
                + " from signal_warning")) {
            rs.next();
            System.out.printf("signal_warning: %d rows, %d bytes with index and TOAST (%.0f per warning of %d tags)%n",
                    rs.getLong(1), rs.getLong(2), rs.getLong(2) / (double) Math.max(1, rs.getLong(1)), tags);
        }
        System.out.printf("ingestion: %d of %d samples of the %d complete minutes in the minute aggregates (%d lost),"
                        + " %.0f samples/s sustained%n",
                kept, expected, complete.size(), expected - kept, expected / (complete.size() * 60.0));
    }

    /** The bench's warnings in the database: equipment, fired at. */
    List<long[]> storedWarnings() throws SQLException {
        var stored = new ArrayList<long[]>();
        try (var rs = db.createStatement().executeQuery("select equipment_id,"
                + " (extract(epoch from fired_at) * 1000)::bigint from signal_warning")) {
            while (rs.next()) {
                var e = index.get(rs.getObject(1, UUID.class));
                if (e != null) {
                    stored.add(new long[] {e, rs.getLong(2)});
                }
            }
        }
        return stored;
    }

    /** Waits (up to five minutes) until the event module has turned every warning into its safety event. */
    void awaitPublications() throws Exception {
        for (int waited = 0; waited < 300; waited++) {
            try (var rs = db.createStatement().executeQuery(
                    "select count(*) from event_publication where completion_date is null")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    return;
                }
            }
            Thread.sleep(1000);
        }
    }

    static String stats(List<Long> values) {
        if (values.isEmpty()) {
            return "none";
        }
        var sorted = values.stream().sorted().toList();
        return String.format("n=%d p50=%d ms p95=%d ms p99=%d ms max=%d ms", sorted.size(), q(sorted, 0.5),
                q(sorted, 0.95), q(sorted, 0.99), sorted.get(sorted.size() - 1));
    }

    static long q(List<Long> sorted, double quantile) {
        return sorted.get(Math.max(0, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
}
