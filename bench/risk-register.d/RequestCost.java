import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The client of bench/register-request-cost: what one request of the register costs the server and the database in CPU
 * time and the server in allocated memory, counted rather than timed (so a machine shared with other work changes the
 * figures far less than it changes latencies).
 *
 * <p>{@code BASE TOKEN SITE APP_PID PG_PID WARMUP REQUESTS}: for each of bench/risk-register's five requests, WARMUP
 * untimed requests, then REQUESTS more, one at a time, between two readings of
 *
 * <ul>
 *   <li>the application's process CPU time ({@code /proc/PID/stat}, user and system);
 *   <li>each of its threads' CPU time and the bytes each Java thread has allocated ({@code jstack -e}: the JVM's own
 *       per-thread counters), grouped into Tomcat's request threads, Tomcat's poller and acceptor, the garbage
 *       collector, the JIT compilers and the rest;
 *   <li>the CPU time of the PostgreSQL server (the postmaster and its children);
 *   <li>the young and full collections and their time ({@code jstat -gc}).
 * </ul>
 *
 * Prints a Markdown table, per request: what each of these came to, divided by REQUESTS.
 */
public class RequestCost {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static final long TICKS = 100; // USER_HZ on Linux

    private static final Pattern THREAD = Pattern.compile("^\"(.*)\".*? cpu=([0-9.]+)ms .*");
    private static final Pattern ALLOCATED = Pattern.compile(" allocated=([0-9]+)([BKMG]) ");

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        var base = args[0];
        var token = args[1];
        var site = args[2];
        long app = Long.parseLong(args[3]);
        long pg = Long.parseLong(args[4]);
        int warmup = Integer.parseInt(args[5]);
        int requests = Integer.parseInt(args[6]);
        var cases = new LinkedHashMap<String, String>();
        cases.put("list: a site, ASSESSED, by band", "/api/v1/risks?siteId=" + site + "&status=ASSESSED&sort=band,desc&size=20");
        cases.put("list: enterprise, fatal, by severity", "/api/v1/risks?fatal=true&sort=severity,desc&size=20");
        cases.put("list: enterprise, page 100, default order", "/api/v1/risks?page=100&size=20");
        cases.put("heat map: enterprise, before measures", "/api/v1/risks/heat-map");
        cases.put("heat map: a site, after measures", "/api/v1/risks/heat-map?siteId=" + site + "&stage=RESIDUAL");
        var chosen = System.getenv().getOrDefault("CASES", "");
        if (!chosen.isBlank()) {
            var numbers = Arrays.asList(chosen.split(","));
            var names = List.copyOf(cases.keySet());
            for (int i = 0; i < names.size(); i++) {
                if (!numbers.contains(String.valueOf(i + 1))) {
                    cases.remove(names.get(i));
                }
            }
        }
        System.out.println("| request | client p50 / p95 ms | server CPU µs | of it request threads | poller, acceptor"
                + " | GC | JIT | other | PostgreSQL CPU µs | allocated KB (request threads) | young GCs (ms) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (var c : cases.entrySet()) {
            var request = HttpRequest.newBuilder(URI.create(base + c.getValue()))
                    .header("Authorization", "Bearer " + token)
                    .GET()
                    .build();
            for (int i = 0; i < warmup; i++) {
                send(request);
            }
            var before = Reading.of(app, pg);
            var times = new double[requests];
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                send(request);
                times[i] = (System.nanoTime() - start) / 1e6;
            }
            var after = Reading.of(app, pg);
            Arrays.sort(times);
            var threads = after.threadsSince(before);
            double n = requests;
            System.out.printf(
                    "| %s | %.2f / %.2f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.1f | %d (%.0f) |%n",
                    c.getKey(),
                    pct(times, 50),
                    pct(times, 95),
                    (after.processTicks - before.processTicks) * 1e6 / TICKS / n,
                    threads.cpuMs().getOrDefault("request", 0.0) * 1000 / n,
                    threads.cpuMs().getOrDefault("io", 0.0) * 1000 / n,
                    threads.cpuMs().getOrDefault("gc", 0.0) * 1000 / n,
                    threads.cpuMs().getOrDefault("jit", 0.0) * 1000 / n,
                    threads.cpuMs().getOrDefault("other", 0.0) * 1000 / n,
                    (after.pgTicks - before.pgTicks) * 1e6 / TICKS / n,
                    threads.allocated().getOrDefault("request", 0L) / 1024.0 / n,
                    after.youngGcs - before.youngGcs,
                    (after.youngGcSeconds - before.youngGcSeconds) * 1000);
        }
    }

    static void send(HttpRequest request) throws Exception {
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
    }

    static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** Per-thread CPU (ms) and allocation (bytes) by group, as deltas. */
    record Threads(Map<String, Double> cpuMs, Map<String, Long> allocated) {}

    /** One thread in a dump: its CPU in ms and its allocated bytes (-1 for a thread of the VM's own). */
    record Thread(double cpuMs, long allocated) {}

    record Reading(long processTicks, long pgTicks, Map<String, Thread> threads, long youngGcs, double youngGcSeconds) {

        static Reading of(long app, long pg) throws Exception {
            long process = ticks(app);
            long database = ticks(pg);
            var children = ProcessHandle.of(pg).map(ProcessHandle::children).orElseThrow().toList();
            for (var child : children) {
                database += ticks(child.pid());
            }
            var threads = new HashMap<String, Thread>();
            for (var line : run("jstack", "-e", Long.toString(app)).split("\n")) {
                var m = THREAD.matcher(line);
                if (m.matches()) {
                    var a = ALLOCATED.matcher(line);
                    long bytes = -1;
                    if (a.find()) {
                        bytes = Long.parseLong(a.group(1)) * switch (a.group(2)) {
                            case "K" -> 1024L;
                            case "M" -> 1024L * 1024;
                            case "G" -> 1024L * 1024 * 1024;
                            default -> 1L;
                        };
                    }
                    threads.put(m.group(1), new Thread(Double.parseDouble(m.group(2)), bytes));
                }
            }
            var gc = run("jstat", "-gc", Long.toString(app)).trim().split("\n");
            var names = List.of(gc[0].trim().split("\\s+"));
            var values = gc[1].trim().split("\\s+");
            return new Reading(
                    process,
                    database,
                    threads,
                    Long.parseLong(values[names.indexOf("YGC")]),
                    Double.parseDouble(values[names.indexOf("YGCT")]));
        }

        Threads threadsSince(Reading before) {
            var cpu = new HashMap<String, Double>();
            var allocated = new HashMap<String, Long>();
            threads.forEach((name, now) -> {
                var then = before.threads.getOrDefault(name, new Thread(0, 0));
                var group = group(name);
                cpu.merge(group, now.cpuMs() - then.cpuMs(), Double::sum);
                if (now.allocated() >= 0) {
                    allocated.merge(group, now.allocated() - Math.max(0, then.allocated()), Long::sum);
                }
            });
            return new Threads(cpu, allocated);
        }

        static String group(String thread) {
            if (thread.contains("-exec-")) {
                return "request";
            }
            if (thread.contains("Poller") || thread.contains("Acceptor")) {
                return "io";
            }
            if (thread.startsWith("GC ") || thread.startsWith("G1 ")) {
                return "gc";
            }
            if (thread.contains("CompilerThread")) {
                return "jit";
            }
            return "other";
        }

        static long ticks(long pid) throws IOException {
            var stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
    }

    static String run(String... command) throws Exception {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var out = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": " + out);
        }
        return out;
    }
}
