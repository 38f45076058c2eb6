package dev.tandem.signal.ingest;

import java.util.Random;

/**
 * One machine's healthy operation, second by second, and at most one injected fault. Its tags follow one load (a
 * set point that the operators move now and then, wandering around it as a process does), each through its own lag
 * (a pressure answers in seconds, a bearing temperature in minutes), with its own noise, a daily swing of the ambient
 * and a slow wear drift. Dispatch data says when it runs: long running spells between idle spells, planned stops and
 * breakdowns; at rest every tag settles to its reading at rest, and at a start it climbs back through its lag. Now
 * and then a transmitter misses a few readings, and now and then the whole feed is lost for up to two minutes.
 */
final class SimulatedMachine {

    /** What the injected fault does to its tag, at the sizes SignalDetectorTests uses (in the tag's own noise). */
    enum Fault {
        /** The reading steps by ten times its noise and stays there. */
        STEP,
        /** The reading drifts away by 1.5 times its noise a minute. */
        DRIFT,
        /** The transmitter sticks: its reading stays where it was. */
        STUCK,
        /** The spread widens tenfold, the average stays. */
        SPREAD
    }

    static final long FAULT_SECONDS = 600;
    private static final double SET_POINT_RANGE = 1.5;

    final int tags;
    private final Random random;
    private final double[] level;
    private final double[] weight;
    private final double[] noise;
    private final double[] atRest;
    private final double[] lag;
    private final double[] ambient;
    private final double[] phase;
    private final double[] wear;
    private final double[] response;
    private final long[] missingUntil;
    private double load;
    private double setPoint;
    private double rampFrom;
    private long rampStart;
    private long rampSeconds = 1;
    private double rampTo;
    private long nextSetPoint;
    private long feedLostUntil = -1;

    private boolean running = true;
    private long lastChange = -86_400;
    private long nextChange;

    private final Fault fault;
    private final int faultTag;
    private long faultAt = -1;
    private double stuckAt;

    SimulatedMachine(long seed, Fault fault) {
        this.random = new Random(seed);
        this.tags = 4 + random.nextInt(5);
        this.level = new double[tags];
        this.weight = new double[tags];
        this.noise = new double[tags];
        this.atRest = new double[tags];
        this.lag = new double[tags];
        this.ambient = new double[tags];
        this.phase = new double[tags];
        this.wear = new double[tags];
        this.response = new double[tags];
        this.missingUntil = new long[tags];
        for (int i = 0; i < tags; i++) {
            double scale = 0.5 + 2 * random.nextDouble();
            level[i] = 10 + 90 * random.nextDouble();
            weight[i] = (random.nextBoolean() ? 1 : -1) * (0.5 + 0.5 * random.nextDouble()) * scale;
            noise[i] = (0.2 + 0.2 * random.nextDouble()) * scale;
            atRest[i] = level[i] * 0.3 * random.nextDouble();
            // one tag in three is thermal: it answers in one to two minutes, the others in seconds
            lag[i] = random.nextInt(3) == 0 ? 60 + 60 * random.nextDouble() : 1 + 9 * random.nextDouble();
            ambient[i] = 2 * noise[i] * random.nextDouble();
            phase[i] = 2 * Math.PI * random.nextDouble();
            wear[i] = noise[i] * random.nextDouble() / 86_400;
            response[i] = level[i];
        }
        this.fault = fault;
        this.faultTag = random.nextInt(tags);
        this.nextChange = runningSpell();
        this.nextSetPoint = (long) (3600 * (0.5 + 5 * random.nextDouble()));
    }

    /** The second the operators last began to move the set point (0 before they first did). */
    long setPointMovedAt() {
        return rampStart;
    }

    /** The tag the fault is injected on. */
    int faultTag() {
        return faultTag;
    }

    /** Whether tag {@code i} is thermal: it answers the load in one to two minutes. */
    boolean thermal(int i) {
        return lag[i] >= 60;
    }

    Fault fault() {
        return fault;
    }

    /** When the fault starts, in seconds from the start; -1 before it is placed (or when there is none). */
    long faultAt() {
        return faultAt;
    }

    boolean running() {
        return running;
    }

    /** The second the current running spell began (or the latest stop, while at rest). */
    long runningSince() {
        return lastChange;
    }

    /**
     * Moves the machine to second {@code t}; true when its dispatch state changed at this second. The fault is placed
     * in the first running spell after {@code faultFrom} that leaves room for it: twenty minutes after a start at the
     * earliest and half an hour before the next stop at the latest.
     */
    boolean advance(long t, long faultFrom) {
        boolean changed = false;
        if (t == nextChange) {
            running = !running;
            lastChange = t;
            nextChange = t + (running ? runningSpell() : restingSpell());
            changed = true;
        }
        if (fault != null && faultAt < 0 && running && t >= faultFrom && nextChange - t > 1800) {
            faultAt = t + 1200;
        }
        if (t == nextSetPoint) {
            rampFrom = setPoint();
            rampTo = SET_POINT_RANGE * (2 * random.nextDouble() - 1);
            rampStart = t;
            rampSeconds = 60 + random.nextInt(240);
            nextSetPoint = t + (long) (3600 * (1 + 4 * random.nextDouble()));
        }
        setPoint = setPoint(t);
        load = 0.95 * load + 0.3 * random.nextGaussian();
        return changed;
    }

    private double setPoint() {
        return setPoint;
    }

    private double setPoint(long t) {
        double done = Math.min(1, (t - rampStart) / (double) rampSeconds);
        return rampFrom + (rampTo - rampFrom) * done;
    }

    /** Running spells of 1 to 24 hours, 8 on average. */
    private long runningSpell() {
        return (long) Math.min(86_400, 3600 + expMean(7 * 3600));
    }

    /** Idle spells of 5 minutes to 3 hours, planned stops of 1 to 4 hours, breakdowns of 20 minutes to 2 hours. */
    private long restingSpell() {
        double kind = random.nextDouble();
        if (kind < 0.6) {
            return (long) Math.min(3 * 3600, 300 + expMean(35 * 60));
        }
        if (kind < 0.85) {
            return 3600 + random.nextInt(3 * 3600);
        }
        return 1200 + random.nextInt(6000);
    }

    private double expMean(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    /** Whether the whole feed is lost at second {@code t} (a network outage: no tag reports). */
    boolean feedLost(long t) {
        if (t > feedLostUntil && random.nextDouble() < 1 / (6 * 3600.0)) {
            feedLostUntil = t + 10 + random.nextInt(110);
        }
        return t <= feedLostUntil;
    }

    /** Whether tag {@code i} misses its reading at second {@code t} (one to ten seconds, about once an hour). */
    boolean missing(int i, long t) {
        if (t >= missingUntil[i] && random.nextDouble() < 1 / 3600.0) {
            missingUntil[i] = t + 1 + random.nextInt(10);
        }
        return t < missingUntil[i];
    }

    /** The reading of tag {@code i} at second {@code t}, the fault included. Call once per tag and second. */
    double reading(int i, long t) {
        double target = running
                ? level[i] + weight[i] * (setPoint + load) + ambient[i] * Math.sin(2 * Math.PI * t / 86_400.0 + phase[i])
                        + wear[i] * t
                : atRest[i];
        response[i] += (target - response[i]) * (1 - Math.exp(-1 / lag[i]));
        double value = response[i] + noise[i] * (running ? 1 : 0.5) * random.nextGaussian();
        if (i != faultTag || faultAt < 0 || t < faultAt || t >= faultAt + FAULT_SECONDS) {
            stuckAt = i == faultTag ? value : stuckAt;
            return value;
        }
        return switch (fault) {
            case STEP -> value + 10 * noise[i];
            case DRIFT -> value + 0.025 * noise[i] * (t - faultAt);
            case STUCK -> stuckAt;
            case SPREAD -> value + 10 * noise[i] * random.nextGaussian();
        };
    }
}
