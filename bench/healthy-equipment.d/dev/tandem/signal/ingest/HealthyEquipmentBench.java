package dev.tandem.signal.ingest;

import dev.tandem.signal.ingest.SimulatedMachine.Fault;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Simulated healthy operation through the production pipeline: each machine's tags are fed sample by sample into an
 * {@link EquipmentStream} built with the application's default settings ({@code tandem.signal.*} as Spring binds them
 * with nothing set), told of the machine's dispatch changes as they happen, faster than real time. Every machine gets
 * one injected fault (steps, drifts, stuck transmitters and spread changes in turn) for ten minutes after its first
 * hour; every warning outside a fault (or the five minutes after it) is a false one. False warnings are counted by what
 * opened their episode (the detector's rule and the kind of tag) and by what the machine did before (a set point moved,
 * a feed lost, a start); each missed fault is named, and each kind's delays are given apart on tags judged against the
 * load and on tags of their own.
 *
 * <p>Usage: {@code HealthyEquipmentBench [EQUIPMENT] [DAYS] [SEEDS] [blind]}, by default 1000 machines for one day
 * each, seed 1; SEEDS is one seed or a range ({@code 1-5}: each seed is a plant of its own, reported apart and then in
 * one table); {@code blind} tells the streams nothing of dispatch, as before they knew of it.
 */
public final class HealthyEquipmentBench {

    private static final long START = 1_700_000_000_000L;
    private static final long FAULT_FROM = 3600;
    private static final long AFTER_FAULT = 300;

    /** What one machine's run came to. */
    record Outcome(Fault fault, long faultAt, long detectedAt, int falseWarnings, long healthySeconds,
            long runningSeconds, List<Long> falseSinceStart, int starts, long warningSeconds, List<String> falseCauses,
            String missed, boolean faultTagTied) {}

    /** One seed's headline figures, for the table after all seeds. */
    record SeedFigures(long seed, int falseWarnings, double perWeek, int found, int injected, List<String> missed) {}

    public static void main(String[] args) {
        int equipment = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        String[] range = (args.length > 2 ? args[2] : "1").split("-");
        long firstSeed = Long.parseLong(range[0]);
        long lastSeed = Long.parseLong(range[range.length - 1]);
        boolean told = !(args.length > 3 && args[3].equals("blind"));
        var properties = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("tandem.signal", SignalProperties.class);
        var settings = StreamSettings.of(properties);
        System.out.printf("settings: learning %s, start-up at most %s, tick %s (the application's defaults); %s%n",
                properties.learning(), properties.startUp(), properties.tick(),
                told ? "dispatch changes told to the streams" : "BLIND: the streams are told nothing of dispatch");
        var figures = new ArrayList<SeedFigures>();
        for (long seed = firstSeed; seed <= lastSeed; seed++) {
            System.out.printf("%nseed %d%n", seed);
            figures.add(runSeed(seed, equipment, days, settings, told));
        }
        if (figures.size() > 1) {
            System.out.printf("%n| seed | false warnings per equipment-week (goal <= 1) | faults found (goal: all) | missed |%n");
            System.out.printf("| --- | --- | --- | --- |%n");
            for (var seed : figures) {
                System.out.printf("| %d | %.2f (%d) | %d / %d | %s |%n", seed.seed(), seed.perWeek(), seed.falseWarnings(),
                        seed.found(), seed.injected(), seed.missed().isEmpty() ? "none" : String.join("; ", seed.missed()));
            }
        }
    }

    static SeedFigures runSeed(long seed, int equipment, int days, StreamSettings settings, boolean told) {
        long started = System.nanoTime();
        var done = new AtomicInteger();
        Outcome[] outcomes = IntStream.range(0, equipment)
                .parallel()
                .mapToObj(machine -> {
                    var outcome = run(machine, seed, days, settings, told);
                    int finished = done.incrementAndGet();
                    if (finished % Math.max(1, equipment / 10) == 0) {
                        System.out.printf("  %d of %d machines, %.0f s%n", finished, equipment,
                                (System.nanoTime() - started) / 1e9);
                    }
                    return outcome;
                })
                .toArray(Outcome[]::new);
        double wallSeconds = (System.nanoTime() - started) / 1e9;
        return report(seed, outcomes, equipment, days, wallSeconds);
    }

    static Outcome run(int index, long seed, int days, StreamSettings settings, boolean told) {
        var faults = Fault.values();
        var machine = new SimulatedMachine(seed * 1_000_003L + index, faults[index % faults.length]);
        var tagInfos = new ArrayList<TagInfo>();
        for (int i = 0; i < machine.tags; i++) {
            tagInfos.add(new TagInfo(UUID.randomUUID(), "M" + index + ".t" + i, "tag " + i, "u", null, null));
        }
        var info = new EquipmentInfo(UUID.randomUUID(), null, null, "M" + index, "Machine " + index);
        var stream = new EquipmentStream(info, tagInfos, settings);
        var fired = new ArrayList<Long>();
        var causes = new ArrayList<String>();
        var out = new StreamOutput() {
            @Override
            public void fired(FiredWarning warning) {
                fired.add(warning.firedAt());
                causes.add(stream.openedBy());
            }

            @Override
            public void completed(UUID warningId, SignalWindow window) {}
        };
        // the machine ran before the simulation starts: its running spell is older than any start-up
        if (told) {
            stream.operating(START - 86_400_000L, true);
        }
        long end = days * 86_400L;
        long running = 0;
        long openSeconds = 0;
        int starts = 0;
        long lastStart = -86_400;
        var firedSinceStart = new ArrayList<Long>();
        var firedAfter = new ArrayList<String>();
        long lastMissing = -86_400;
        long lastLost = -86_400;
        for (long t = 0; t < end; t++) {
            long at = START + t * 1000;
            if (machine.advance(t, FAULT_FROM) && told) {
                stream.operating(at, machine.running());
            }
            if (machine.running() && t == machine.runningSince()) {
                starts++;
                lastStart = t;
            }
            running += machine.running() ? 1 : 0;
            boolean lost = machine.feedLost(t);
            lastLost = lost ? t : lastLost;
            int before = fired.size();
            for (int i = 0; i < machine.tags; i++) {
                double value = machine.reading(i, t);
                boolean missing = machine.missing(i, t);
                lastMissing = missing ? t : lastMissing;
                if (!lost && !missing) {
                    stream.take(i, at + 5L * i, value, 0, out);
                }
            }
            for (int k = before; k < fired.size(); k++) {
                firedSinceStart.add(t - lastStart);
                firedAfter.add(context(t - machine.setPointMovedAt(), t - lastMissing, t - lastLost, t - lastStart));
            }
            // time inside an episode outside the fault: a detector that never closes one would raise few warnings
            long fault = machine.faultAt();
            if (stream.episodeOpen()
                    && !(fault >= 0 && t >= fault && t < fault + SimulatedMachine.FAULT_SECONDS + AFTER_FAULT)) {
                openSeconds++;
            }
        }
        long faultAt = machine.faultAt();
        long detected = -1;
        int falseWarnings = 0;
        var falseSinceStart = new ArrayList<Long>();
        var falseCauses = new ArrayList<String>();
        for (int k = 0; k < fired.size(); k++) {
            long second = (fired.get(k) - START) / 1000;
            boolean inFault = faultAt >= 0 && second >= faultAt && second < faultAt + SimulatedMachine.FAULT_SECONDS;
            if (inFault && detected < 0) {
                detected = second;
            }
            if (!inFault && !(faultAt >= 0 && second >= faultAt && second < faultAt + SimulatedMachine.FAULT_SECONDS
                    + AFTER_FAULT)) {
                falseWarnings++;
                falseSinceStart.add(firedSinceStart.get(k));
                falseCauses.add(causes.get(k) + " | " + firedAfter.get(k));
            }
        }
        boolean tied = stream.judgedAgainstLoad(machine.faultTag());
        String missed = null;
        if (faultAt >= 0 && detected < 0) {
            int tag = machine.faultTag();
            missed = String.format("%s on machine %d, tag %d of %d (%s, %s), warnings at %s s from the fault's start",
                    machine.fault(), index, tag, machine.tags,
                    tied ? "tied to the load" : "not tied",
                    machine.thermal(tag) ? "thermal" : "fast",
                    fired.stream().map(f -> (f - START) / 1000 - faultAt).toList());
        }
        long healthy = end - (faultAt >= 0 ? SimulatedMachine.FAULT_SECONDS + AFTER_FAULT : 0);
        return new Outcome(machine.fault(), faultAt, detected, falseWarnings, healthy, running, falseSinceStart,
                starts, openSeconds, falseCauses, missed, tied);
    }

    /**
     * What the machine did before a warning: how long since the set point moved, a tag missed readings, the whole feed
     * was lost, it started.
     */
    private static String context(long sinceSetPoint, long sinceMissing, long sinceLost, long sinceStart) {
        return (sinceSetPoint < 1800 ? "set point moved < 30 min before" : "set point steady 30 min")
                + (sinceMissing < 60 ? ", a tag missed readings < 1 min before" : "")
                + (sinceLost < 300 ? ", the feed was lost < 5 min before" : "")
                + (sinceStart < 1800 ? ", started < 30 min before" : "");
    }

    static SeedFigures report(long seed, Outcome[] outcomes, int equipment, int days, double wallSeconds) {
        long healthy = Arrays.stream(outcomes).mapToLong(Outcome::healthySeconds).sum();
        long running = Arrays.stream(outcomes).mapToLong(Outcome::runningSeconds).sum();
        int starts = Arrays.stream(outcomes).mapToInt(Outcome::starts).sum();
        int falseWarnings = Arrays.stream(outcomes).mapToInt(Outcome::falseWarnings).sum();
        double equipmentDays = equipment * (double) days;
        System.out.printf("simulated %d machines x %d day(s) = %.0f equipment-days (%.1f %% running, %d start-ups) "
                + "in %.1f s: %.0f times faster than real time%n", equipment, days, equipmentDays,
                100.0 * running / (equipmentDays * 86_400), starts, wallSeconds, equipmentDays * 86_400 / wallSeconds);
        double weeks = healthy / (7 * 86_400.0);
        System.out.printf("false warnings: %d in %.0f healthy equipment-days = %.2f per equipment-week (goal <= 1)%n",
                falseWarnings, healthy / 86_400.0, falseWarnings / weeks);
        long warningSeconds = Arrays.stream(outcomes).mapToLong(Outcome::warningSeconds).sum();
        System.out.printf("  healthy time inside a warning's episode: %.2f %% (%.0f minutes per equipment-day)%n",
                100.0 * warningSeconds / healthy, warningSeconds / 60.0 / (healthy / 86_400.0));
        long[] buckets = {120, 600, 1800, 3600, Long.MAX_VALUE};
        int[] counts = new int[buckets.length];
        Arrays.stream(outcomes).flatMap(o -> o.falseSinceStart().stream()).forEach(since -> {
            int b = 0;
            while (since >= buckets[b]) {
                b++;
            }
            counts[b]++;
        });
        System.out.printf("  by time since the machine's last start: <2 min %d, 2-10 min %d, 10-30 min %d, "
                + "30-60 min %d, later %d%n", counts[0], counts[1], counts[2], counts[3], counts[4]);
        byMachine(outcomes, falseWarnings);
        System.out.println("  by what opened the episode:");
        tally(outcomes, cause -> cause.substring(0, cause.indexOf(" | ")));
        System.out.println("  by what opened it and what the machine did before:");
        tally(outcomes, cause -> cause);
        var delays = new EnumMap<Fault, List<Long>>(Fault.class);
        var injected = new EnumMap<Fault, Integer>(Fault.class);
        var all = new ArrayList<Long>();
        for (var outcome : outcomes) {
            if (outcome.faultAt() < 0) {
                continue;
            }
            injected.merge(outcome.fault(), 1, Integer::sum);
            var list = delays.computeIfAbsent(outcome.fault(), f -> new ArrayList<>());
            if (outcome.detectedAt() >= 0) {
                list.add(outcome.detectedAt() - outcome.faultAt());
                all.add(outcome.detectedAt() - outcome.faultAt());
            }
        }
        int injectedAll = injected.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("faults detected: %d of %d (goal: all); delay from fault start p50 %s s, p95 %s s, max %s s "
                + "(goal p95 <= 30 s)%n", all.size(), injectedAll, percentile(all, 0.5), percentile(all, 0.95),
                percentile(all, 1));
        for (var fault : Fault.values()) {
            var list = delays.getOrDefault(fault, List.of());
            System.out.printf("  %-6s %d of %d, delay p50 %s s, p95 %s s, max %s s%n", fault, list.size(),
                    injected.getOrDefault(fault, 0), percentile(list, 0.5), percentile(list, 0.95),
                    percentile(list, 1));
            byTie(outcomes, fault);
        }
        var missed = Arrays.stream(outcomes).map(Outcome::missed).filter(m -> m != null).toList();
        missed.forEach(m -> System.out.println("  missed: " + m));
        return new SeedFigures(seed, falseWarnings, falseWarnings / weeks, all.size(), injectedAll,
                missed.stream().map(m -> m.substring(0, m.indexOf(", tag"))).toList());
    }

    /**
     * The delays of one fault kind apart on tags judged against the load and on tags of their own: a drift is a
     * fraction of a tied tag's residual deviation a second, and a smaller one of an untied tag's own deviation.
     */
    private static void byTie(Outcome[] outcomes, Fault fault) {
        var parts = new ArrayList<String>();
        for (boolean tied : new boolean[] {true, false}) {
            var faulted = Arrays.stream(outcomes)
                    .filter(o -> o.fault() == fault && o.faultAt() >= 0 && o.faultTagTied() == tied)
                    .toList();
            var found = faulted.stream()
                    .filter(o -> o.detectedAt() >= 0)
                    .map(o -> o.detectedAt() - o.faultAt())
                    .toList();
            parts.add(String.format("%s %d of %d, p50 %s s, p95 %s s", tied ? "tied to the load" : "not tied",
                    found.size(), faulted.size(), percentile(found, 0.5), percentile(found, 0.95)));
        }
        System.out.printf("         %s%n", String.join("; ", parts));
    }

    /**
     * Whether a few machines raise most false warnings (a behaviour the detector reads wrong on them) or many raise one
     * or two: how many machines raised any, and the ten that raised most with their share of all and their causes.
     */
    private static void byMachine(Outcome[] outcomes, int falseWarnings) {
        Integer[] order = IntStream.range(0, outcomes.length)
                .boxed()
                .sorted((a, b) -> Integer.compare(outcomes[b].falseWarnings(), outcomes[a].falseWarnings()))
                .toArray(Integer[]::new);
        long raising = Arrays.stream(outcomes).filter(o -> o.falseWarnings() > 0).count();
        int top = 0;
        var named = new ArrayList<String>();
        for (int k = 0; k < Math.min(10, order.length) && outcomes[order[k]].falseWarnings() > 0; k++) {
            top += outcomes[order[k]].falseWarnings();
            named.add("machine " + order[k] + " " + outcomes[order[k]].falseWarnings());
        }
        System.out.printf("  by machine: %d of %d machines raised any; the ten that raised most: %d (%.0f %%): %s%n",
                raising, outcomes.length, top, falseWarnings == 0 ? 0.0 : 100.0 * top / falseWarnings,
                String.join(", ", named));
        for (int k = 0; k < Math.min(3, named.size()); k++) {
            var causes = outcomes[order[k]].falseCauses().stream()
                    .collect(Collectors.groupingBy(c -> c.substring(0, c.indexOf(" | ")), Collectors.counting()));
            System.out.printf("    machine %d: %s%n", order[k], causes);
        }
    }

    /** Counts the false warnings of every machine by {@code key} of their cause, most first. */
    private static void tally(Outcome[] outcomes, Function<String, String> key) {
        Arrays.stream(outcomes)
                .flatMap(outcome -> outcome.falseCauses().stream())
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()))
                .entrySet()
                .stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(entry -> System.out.printf("    %4d  %s%n", entry.getValue(), entry.getKey()));
    }

    private static String percentile(List<Long> values, double share) {
        if (values.isEmpty()) {
            return "-";
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int rank = (int) Math.ceil(share * sorted.length) - 1;
        return Long.toString(sorted[Math.max(0, rank)]);
    }
}
