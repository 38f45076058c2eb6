package dev.tandem.signal.ingest;

import dev.tandem.event.ContributingSignal;
import dev.tandem.signal.detection.NormalWindow;
import dev.tandem.signal.detection.SignalDetector;
import dev.tandem.signal.detection.Verdict;
import dev.tandem.signal.ingest.StreamOutput.FiredWarning;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The signals of one equipment on their way to its detector. Samples arrive tag by tag; on every tick (one second
 * by default) the last value of each tag is held and lined up into one sample, as soon as every tag has reported
 * in the tick or when the next tick begins. The first samples fill a normal window (the learning phase), which is
 * then fitted into a {@link SignalDetector}. An episode opens when the detector says so or a tag leaves its
 * expected range, and each episode raises one warning. State is bounded: the held values, the ring of raw samples
 * per tag, the detector's fixed state, the latest dispatch changes and, while learning, the normal window.
 *
 * <p>What the machine is doing, as its dispatch data says, is the detector's context. While it is idle or down
 * (planned or not) nothing is judged or learned: a machine at rest is no anomaly. After it starts, the detector
 * follows the signals without judging them until every one has settled back within its limits for
 * {@link #SETTLED_MILLIS}, or the longest start-up allowed has passed: a start-up transient is no anomaly either,
 * while a machine that does not settle is warned of then. An equipment without dispatch data counts as running.
 *
 * <p>Not thread-safe: the ingestion feeds it under its lock.
 */
final class EquipmentStream {

    private static final int LEADING_SIGNALS = 3;
    private static final long EXPLAINED_MILLIS = 60_000;

    /** How long every signal must stay within its limits after a start before the detector judges again. */
    static final long SETTLED_MILLIS = 30_000;

    /** Where a stream stands. */
    enum Phase {
        /** Not every tag has reported yet. */
        WAITING,
        LEARNING,
        WATCHING
    }

    private record Pending(UUID warningId, long firedAt, long until) {}

    final EquipmentInfo equipment;
    final TagState[] tags;
    private final StreamSettings settings;
    private final double[] held;
    private final boolean[] known;
    private final boolean[] inTick;
    private int knownCount;
    private int inTickCount;
    private long tick = Long.MIN_VALUE;
    private long emittedTick = Long.MIN_VALUE;
    private long tickLatest;

    private final OperatingSpells spells = new OperatingSpells();
    private long judgedSpell = Long.MIN_VALUE;
    private long settledSince = Long.MIN_VALUE;
    private long lastJudged = Long.MIN_VALUE;

    private NormalWindow window;
    private long learningFrom = Long.MIN_VALUE;
    private long learnedMillis;
    private SignalDetector detector;
    private Long learnedFrom;

    private boolean rangeOpen;
    private long lastRangeTrip;
    private boolean episodeOpen;
    private boolean warned;
    private double sensitivity = 1;
    private double lastScore;
    private Pending pending;
    private long savedTick = Long.MIN_VALUE;

    EquipmentStream(EquipmentInfo equipment, List<TagInfo> tagInfos, StreamSettings settings) {
        this.equipment = equipment;
        this.settings = settings;
        this.tags = tagInfos.stream()
                .map(info -> new TagState(info, settings.ringCapacity()))
                .toArray(TagState[]::new);
        this.held = new double[tags.length];
        this.known = new boolean[tags.length];
        this.inTick = new boolean[tags.length];
        learnAgain();
    }

    /** Forgets what normal looked like; the next samples are learned from. */
    void learnAgain() {
        window = new NormalWindow(tags.length, settings.learningCapacity());
        learningFrom = Long.MIN_VALUE;
        learnedMillis = 0;
        detector = null;
        learnedFrom = null;
        savedTick = Long.MIN_VALUE;
    }

    /** What the stream has learned, to be stored; null while it is still learning. */
    LearnedState learned() {
        if (detector == null) {
            return null;
        }
        return new LearnedState(
                equipment.id(),
                tagIds(),
                SignalDetector.stateVersion(settings.detector()),
                learnedFrom,
                tickLatest,
                episodeOpen,
                rangeOpen,
                lastRangeTrip,
                detector.snapshot());
    }

    /**
     * Carries on from a stored state, as if the samples since had not been missed; false (and the stream learns
     * afresh) when it was learned on other tags, under other settings, or cannot be read.
     */
    boolean resume(LearnedState state) {
        if (!state.tagIds().equals(tagIds())
                || !state.version().equals(SignalDetector.stateVersion(settings.detector()))) {
            return false;
        }
        try {
            detector = SignalDetector.restore(state.detector(), settings.detector());
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
        window = null;
        learnedFrom = state.learnedFrom();
        episodeOpen = state.episodeOpen();
        warned = state.episodeOpen();
        rangeOpen = state.rangeOpen();
        lastRangeTrip = state.lastRangeTrip();
        tickLatest = state.lastSample();
        savedTick = tick;
        return true;
    }

    /** Whether the detector has judged samples since its state was last stored. */
    boolean unsaved() {
        return detector != null && emittedTick != savedTick;
    }

    void saved() {
        savedTick = emittedTick;
    }

    private List<UUID> tagIds() {
        return Arrays.stream(tags).map(tag -> tag.info.id()).toList();
    }

    /** The machine runs (or stops: idle, down) from {@code atMillis} on, as its dispatch data says. */
    void operating(long atMillis, boolean running) {
        spells.change(atMillis, running);
    }

    /** Forgets the dispatch changes from {@code fromMillis} on, before they are told again (one was voided). */
    void forgetOperatingFrom(long fromMillis) {
        spells.forgetFrom(fromMillis);
    }

    /**
     * Takes one checked sample of tag {@code index} (see {@link TagState#check}): kept in the tag's ring and minute,
     * and lined up for the detector.
     *
     * @return the minute aggregate the sample closed, if it opened the tag's next minute
     */
    MinuteRow take(int index, long timestampMillis, double value, long receivedNanos, StreamOutput out) {
        var closed = tags[index].take(timestampMillis, value, receivedNanos);
        sample(index, timestampMillis, value, out);
        return closed;
    }

    private void sample(int index, long timestampMillis, double value, StreamOutput out) {
        long sampleTick = Math.floorDiv(timestampMillis, settings.tickMillis());
        if (sampleTick > tick) {
            if (inTickCount > 0 && tick > emittedTick) {
                emit(out);
            }
            tick = sampleTick;
            Arrays.fill(inTick, false);
            inTickCount = 0;
            tickLatest = timestampMillis;
        }
        held[index] = value;
        if (!known[index]) {
            known[index] = true;
            knownCount++;
        }
        // a sample late for its tick is held for the next one, but does not complete a tick that has passed
        if (sampleTick == tick) {
            if (!inTick[index]) {
                inTick[index] = true;
                inTickCount++;
            }
            tickLatest = Math.max(tickLatest, timestampMillis);
            if (inTickCount == tags.length && tick > emittedTick) {
                emit(out);
            }
        }
    }

    private void emit(StreamOutput out) {
        emittedTick = tick;
        if (knownCount == tags.length) {
            observe(tickLatest, held.clone(), out);
        }
    }

    private void observe(long at, double[] values, StreamOutput out) {
        if (judging(at, values)) {
            judge(at, values, out);
            lastJudged = at;
        } else {
            // at rest or starting up: an episode going on ends, its window is still completed in time
            rangeOpen = false;
            episodeOpen = false;
            lastJudged = Long.MIN_VALUE;
        }
        if (pending != null && at >= pending.until()) {
            out.completed(pending.warningId(), window(pending.firedAt(), at));
            pending = null;
        }
    }

    /** Whether the machine runs and has settled after its start, so that this sample is judged (or learned from). */
    private boolean judging(long at, double[] values) {
        long since = spells.runningSince(at);
        if (since == OperatingSpells.STOPPED) {
            lastScore = 0;
            settledSince = Long.MIN_VALUE;
            return false;
        }
        // while still learning, what settled looks like is not known yet: only the longest start-up is waited out
        if (since == OperatingSpells.ALWAYS || since == judgedSpell || at - since >= settings.startUpMillis()) {
            judgedSpell = since;
            settledSince = Long.MIN_VALUE;
            return true;
        }
        if (detector != null) {
            lastScore = detector.settle(at, values);
            if (lastScore >= 1) {
                settledSince = Long.MIN_VALUE;
            } else if (settledSince == Long.MIN_VALUE) {
                settledSince = at;
            } else if (at - settledSince >= SETTLED_MILLIS) {
                judgedSpell = since;
            }
        }
        return false;
    }

    private void judge(long at, double[] values, StreamOutput out) {
        boolean rangeTrip = IntStream.range(0, tags.length).anyMatch(i -> tags[i].info.outOfRange(values[i]));
        if (rangeTrip) {
            rangeOpen = true;
            lastRangeTrip = at;
        } else if (rangeOpen && at - lastRangeTrip >= settings.releaseMillis()) {
            rangeOpen = false;
        }
        Verdict verdict = detector == null ? learn(at, values, rangeTrip) : detector.update(at, values);
        lastScore = verdict == null ? 0 : verdict.score();
        boolean open = rangeOpen || (verdict != null && verdict.anomalous());
        // an equipment made less sensitive (a change the safety department accepted) warns once its episode goes
        // that much further beyond the limit; a tag out of its expected range always warns
        if (open && !warned && (rangeOpen || verdict.score() >= sensitivity)) {
            fire(at, values, verdict, out);
            warned = true;
        }
        warned &= open;
        episodeOpen = open;
    }

    /** Adds a sample to the normal window (unless a tag is out of its range) and fits once it has enough. */
    private Verdict learn(long at, double[] values, boolean rangeTrip) {
        if (learningFrom == Long.MIN_VALUE) {
            learningFrom = at;
        }
        // the learning time counts running time only: a stop pauses it
        if (lastJudged != Long.MIN_VALUE) {
            learnedMillis += at - lastJudged;
        }
        if (!rangeTrip) {
            window.add(at, values);
        }
        if (learnedMillis >= settings.learningMillis() || window.size() == settings.learningCapacity()) {
            try {
                detector = window.fit(settings.detector());
                learnedFrom = learningFrom;
                window = null;
            } catch (RuntimeException unfit) {
                // too little normal operation in the learning time (tags out of range), or none a model can be
                // fitted to: learn afresh rather than fail every second from now on
                learnAgain();
            }
        }
        return null;
    }

    private void fire(long at, double[] values, Verdict verdict, StreamOutput out) {
        double[] shares = verdict == null ? new double[tags.length] : verdict.contributions();
        for (int i = 0; i < tags.length; i++) {
            double beyond = tags[i].info.beyondRange(values[i]);
            if (tags[i].info.outOfRange(values[i])) {
                shares[i] = Math.max(shares[i], 1 + beyond);
            }
        }
        var leading = IntStream.range(0, tags.length)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> shares[i]).reversed())
                .limit(LEADING_SIGNALS)
                .filter(i -> shares[i] > 0)
                .toList();
        var signals = new ArrayList<ContributingSignal>();
        for (int i : leading.isEmpty() ? List.of(0) : leading) {
            var info = tags[i].info;
            // normal for the load the machine runs at, where its other tags say what that is; otherwise where the
            // tag stood before the last minute; and how it moved in that minute: what a foreman reads
            boolean forLoad = detector != null && detector.judgedAgainstLoad(i);
            signals.add(new ContributingSignal(
                    info.key(),
                    info.name(),
                    info.unit(),
                    values[i],
                    shares[i],
                    info.expectedMin(),
                    info.expectedMax(),
                    forLoad
                            ? Double.valueOf(detector.expected(i))
                            : tags[i].average(at - settings.beforeMillis(), at - EXPLAINED_MILLIS),
                    tags[i].ratePerMinute(at - EXPLAINED_MILLIS, at),
                    forLoad));
        }
        double score = Math.max(
                verdict == null ? 0 : verdict.score(),
                Arrays.stream(shares).max().orElse(0));
        if (pending != null) {
            out.completed(pending.warningId(), window(pending.firedAt(), at));
        }
        var id = UUID.randomUUID();
        out.fired(new FiredWarning(id, equipment, at, score, List.copyOf(signals), window(at, at), learnedFrom));
        pending = new Pending(id, at, at + settings.afterMillis());
    }

    private SignalWindow window(long firedAt, long to) {
        long from = firedAt - settings.beforeMillis();
        var series = new ArrayList<SignalWindow.Series>();
        for (var tag : tags) {
            var info = tag.info;
            series.add(new SignalWindow.Series(
                    info.key(),
                    info.name(),
                    info.unit(),
                    info.expectedMin(),
                    info.expectedMax(),
                    tag.window(from, to)));
        }
        return new SignalWindow(firedAt, from, to, series);
    }

    /**
     * How far beyond the detector's limit an episode must go before it warns: 1 at the limit, as learned; more makes
     * the equipment less sensitive.
     */
    void sensitivity(double factor) {
        sensitivity = factor;
    }

    /** What the machine is doing, as its dispatch data says: the context its signals are judged in. */
    enum Doing {
        /** Running (or without dispatch data): its signals are judged. */
        RUNNING,
        /** Started and not settled yet: followed, not judged. */
        STARTING_UP,
        /** Idle or down, planned or not: neither judged nor learned from. */
        AT_REST
    }

    /** What the machine was doing at its latest sample. */
    Doing doing() {
        long since = spells.runningSince(tickLatest);
        if (since == OperatingSpells.STOPPED) {
            return Doing.AT_REST;
        }
        return since == OperatingSpells.ALWAYS || since == judgedSpell ? Doing.RUNNING : Doing.STARTING_UP;
    }

    /** What opened the detector's latest episode ({@link SignalDetector#openedBy}); null while still learning. */
    String openedBy() {
        return detector == null ? null : detector.openedBy();
    }

    /** Whether the detector judges tag {@code index} against the machine's load; false while still learning. */
    boolean judgedAgainstLoad(int index) {
        return detector != null && detector.judgedAgainstLoad(index);
    }

    Phase phase() {
        if (detector != null) {
            return Phase.WATCHING;
        }
        return knownCount < tags.length ? Phase.WAITING : Phase.LEARNING;
    }

    int learnedSamples() {
        return window == null ? 0 : window.size();
    }

    boolean episodeOpen() {
        return episodeOpen;
    }

    double lastScore() {
        return lastScore;
    }

    Long learnedFrom() {
        return learnedFrom;
    }

    /** The time of the latest tick lined up, in epoch ms; null before the first. */
    Long lastTick() {
        return emittedTick == Long.MIN_VALUE ? null : tickLatest;
    }
}
