package dev.tandem.signal.ingest;

import dev.tandem.equipment.EquipmentStates.Spell;
import dev.tandem.shared.Viewer;
import dev.tandem.signal.TagsChanged;
import dev.tandem.signal.ingest.IngestionResult.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The one way samples enter Tandem, whatever their source (MQTT, the HTTP batch endpoint, CSV replay). Each sample
 * is checked (known tag, a finite number, later than the tag's last one), counted, kept in its tag's ring and
 * minute aggregate and passed to its equipment's stream, which lines tags up for the detector. A bad sample is
 * counted and reported, never thrown: one broken reading must not stop a plant's worth of good ones.
 *
 * <p>All streams are fed under one lock, so samples of one equipment are seen in the order they were taken in.
 */
@Component
public class SignalIngestion {

    private static final Logger log = LoggerFactory.getLogger(SignalIngestion.class);
    private static final int PROBLEMS_LISTED = 100;

    /** Where a tag's samples go: its state and its equipment's stream. */
    private record Route(EquipmentStream stream, int index) {}

    private final TagCatalogue catalogue;
    private final IngestionCounters counters;
    private final StreamOutput output;
    private final MinuteSink minutes;
    private final StreamSettings settings;
    private final DetectorMemory memory;
    private final ReentrantLock lock = new ReentrantLock();
    // taken before the lock: storing learned states and forgetting one never cross
    private final Object remembering = new Object();
    private volatile boolean loaded;
    private Map<String, Route> routes = Map.of();
    private Map<UUID, EquipmentStream> streams = Map.of();

    SignalIngestion(
            TagCatalogue catalogue,
            IngestionCounters counters,
            StreamOutput output,
            MinuteSink minutes,
            SignalProperties properties,
            DetectorMemory memory) {
        this.catalogue = catalogue;
        this.memory = memory;
        this.counters = counters;
        this.output = output;
        this.minutes = minutes;
        this.settings = StreamSettings.of(properties);
    }

    /** Takes a batch of samples from one source; the result says how many were taken and why others were not. */
    public IngestionResult accept(SampleSource source, List<RawSample> samples) {
        long now = System.nanoTime();
        long accepted = 0;
        var rejected = new EnumMap<RejectReason, Long>(RejectReason.class);
        var problems = new ArrayList<Problem>();
        lock.lock();
        try {
            loadOnce();
            for (int i = 0; i < samples.size(); i++) {
                var sample = samples.get(i);
                var reason = safely(sample, now);
                if (reason == null) {
                    accepted++;
                } else {
                    rejected.merge(reason, 1L, Long::sum);
                    counters.rejected(source, reason, 1, sample.key(), String.valueOf(sample.value()));
                    if (problems.size() < PROBLEMS_LISTED) {
                        problems.add(new Problem(i, sample.key(), reason));
                    }
                }
            }
        } finally {
            lock.unlock();
        }
        counters.accepted(source, accepted);
        return new IngestionResult(accepted, rejected, problems);
    }

    /** Counts something from a source that could not be read as samples at all. */
    public void malformed(SampleSource source, String detail) {
        counters.rejected(source, RejectReason.MALFORMED_PAYLOAD, 1, null, detail);
    }

    /** A sample that makes the pipeline fail (a bug) is logged and counted, and the batch goes on. */
    private RejectReason safely(RawSample sample, long now) {
        try {
            return take(sample, now);
        } catch (RuntimeException failed) {
            log.error("The sample {} at {} could not be taken", sample.key(), sample.timestampMillis(), failed);
            return RejectReason.MALFORMED_PAYLOAD;
        }
    }

    private RejectReason take(RawSample sample, long now) {
        var route = sample.key() == null ? null : routes.get(sample.key().toLowerCase(Locale.ROOT));
        if (route == null) {
            return RejectReason.UNKNOWN_TAG;
        }
        double value;
        if (sample.value() instanceof Number number && !(sample.value() instanceof Boolean)) {
            value = number.doubleValue();
        } else if (sample.value() instanceof String text) {
            try {
                value = Double.parseDouble(text.trim());
            } catch (NumberFormatException notANumber) {
                return RejectReason.NOT_NUMERIC;
            }
        } else {
            return RejectReason.NOT_NUMERIC;
        }
        if (!Double.isFinite(value)) {
            return RejectReason.NOT_NUMERIC;
        }
        var tag = route.stream().tags[route.index()];
        var reason = tag.check(sample.timestampMillis());
        if (reason != null) {
            return reason;
        }
        var closed = route.stream().take(route.index(), sample.timestampMillis(), value, now, output);
        if (closed != null) {
            minutes.add(closed);
        }
        return null;
    }

    /**
     * Starts an equipment's learning afresh from its next samples, forgetting its stored state too, and records who
     * asked; false when it has no stream.
     */
    public boolean learnAgain(UUID equipmentId, Viewer viewer, String reason) {
        synchronized (remembering) {
            if (stream(equipmentId) == null) {
                return false;
            }
            // written before the stream forgets, outside the lock: ingestion does not wait for the database
            memory.forget(equipmentId, viewer, reason);
            lock.lock();
            try {
                var stream = streams.get(equipmentId);
                if (stream != null) {
                    stream.learnAgain();
                }
                return stream != null;
            } finally {
                lock.unlock();
            }
        }
    }

    private EquipmentStream stream(UUID equipmentId) {
        lock.lock();
        try {
            loadOnce();
            return streams.get(equipmentId);
        } finally {
            lock.unlock();
        }
    }

    /** Makes the equipment's stream warn at {@code factor} times its detector's limit from its next sample on. */
    void sensitivity(UUID equipmentId, double factor) {
        lock.lock();
        try {
            var stream = streams.get(equipmentId);
            if (stream != null) {
                stream.sensitivity(factor);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Tells an equipment's stream what it has been doing from {@code from} on, as its dispatch data now says: the state
     * in effect then and every change after it. What the stream knew from then on is forgotten first.
     */
    public void operating(UUID equipmentId, Instant from, List<Spell> spells) {
        lock.lock();
        try {
            loadOnce();
            var stream = streams.get(equipmentId);
            if (stream != null) {
                stream.forgetOperatingFrom(from.toEpochMilli());
                spells.forEach(spell -> stream.operating(spell.from().toEpochMilli(), spell.running()));
            }
        } finally {
            lock.unlock();
        }
    }

    /** Stores what every detector learned or judged since it was last stored; returns how many were stored. */
    int remember(Instant now) {
        synchronized (remembering) {
            var states = new ArrayList<LearnedState>();
            lock.lock();
            try {
                for (var stream : streams.values()) {
                    if (stream.unsaved()) {
                        states.add(stream.learned());
                        stream.saved();
                    }
                }
            } finally {
                lock.unlock();
            }
            memory.save(states, now);
            return states.size();
        }
    }

    /** Where each equipment's stream stands, and who last told it to learn afresh. */
    public List<StreamStatus> streams() {
        var relearns = memory.latestRelearns();
        lock.lock();
        try {
            loadOnce();
            return streams.values().stream()
                    .map(stream -> StreamStatus.of(stream, relearns.get(stream.equipment.id())))
                    .toList();
        } finally {
            lock.unlock();
        }
    }

    /** Closes the minute aggregates of tags silent since {@code nanos} (all of them when null) and hands them on. */
    void closeMinutes(Long sinceNanos) {
        lock.lock();
        try {
            for (var stream : streams.values()) {
                for (var tag : stream.tags) {
                    if (sinceNanos == null || tag.idleSince(sinceNanos)) {
                        var row = tag.closeMinute();
                        if (row != null) {
                            minutes.add(row);
                        }
                    }
                }
            }
        } finally {
            lock.unlock();
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TagsChanged changed) {
        reload();
    }

    private void loadOnce() {
        if (!loaded) {
            reload();
        }
    }

    /**
     * Reads the tags in use again. Equipment whose tags are unchanged keep their streams (and what they learned);
     * the others start over. Minute aggregates of dropped streams are handed on first.
     */
    void reload() {
        lock.lock();
        try {
            var fresh = new HashMap<UUID, EquipmentStream>();
            var freshRoutes = new HashMap<String, Route>();
            var spells = catalogue.recentSpells();
            var started = new ArrayList<EquipmentStream>();
            for (var entry : catalogue.load()) {
                var existing = streams.get(entry.equipment().id());
                var stream = existing != null && sameTags(existing, entry) ? existing : null;
                if (stream == null) {
                    stream = new EquipmentStream(entry.equipment(), entry.tags(), settings);
                    started.add(stream);
                }
                for (var spell : spells.getOrDefault(entry.equipment().id(), List.of())) {
                    stream.operating(spell.from().toEpochMilli(), spell.running());
                }
                fresh.put(entry.equipment().id(), stream);
                for (int i = 0; i < stream.tags.length; i++) {
                    freshRoutes.put(stream.tags[i].info.key().toLowerCase(Locale.ROOT), new Route(stream, i));
                }
            }
            for (var old : streams.values()) {
                if (fresh.get(old.equipment.id()) != old) {
                    for (var tag : old.tags) {
                        var row = tag.closeMinute();
                        if (row != null) {
                            minutes.add(row);
                        }
                    }
                }
            }
            resume(started);
            streams = fresh;
            routes = freshRoutes;
            loaded = true;
        } finally {
            lock.unlock();
        }
    }

    /** New streams carry on from what their detectors learned before (a restart, another node), where it still fits. */
    private void resume(List<EquipmentStream> started) {
        var ids = started.stream().map(stream -> stream.equipment.id()).toList();
        var stored = memory.load(ids);
        var sensitivities = memory.sensitivities(ids);
        for (var stream : started) {
            stream.sensitivity(sensitivities.getOrDefault(stream.equipment.id(), 1.0));
            var state = stored.get(stream.equipment.id());
            if (state != null && !stream.resume(state)) {
                log.info(
                        "{} learns normal operation afresh: its detector's settings or tags changed",
                        stream.equipment.code());
            }
        }
    }

    private static boolean sameTags(EquipmentStream stream, TagCatalogue.EquipmentTags entry) {
        if (!stream.equipment.equals(entry.equipment())
                || stream.tags.length != entry.tags().size()) {
            return false;
        }
        for (int i = 0; i < stream.tags.length; i++) {
            if (!stream.tags[i].info.equals(entry.tags().get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The counts of taken and refused samples per source, and the latest refusals. */
    public IngestionReport report() {
        return new IngestionReport(counters.counts(), counters.recent());
    }
}
