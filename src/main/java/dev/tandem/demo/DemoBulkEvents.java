package dev.tandem.demo;

import dev.tandem.demo.DemoSafetyYear.Reported;
import dev.tandem.demo.DemoSafetyYear.Worker;
import dev.tandem.event.EventStatus;
import dev.tandem.event.EventType;
import dev.tandem.event.Injury;
import dev.tandem.event.InjuryClass;
import dev.tandem.organisation.OrganisationQueries.SitePlaces;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The safety events of an enterprise-scale plant over many years, the standard demo's story told at length: more
 * reports every year, fewer and lighter injuries. Each event ends where the application would have left it after
 * its people reported it and the safety department reviewed it (REPORTED, UNDER_REVIEW or CLOSED; injuries only on
 * reviewed incidents, days away capped at 180; now and then one voided as a duplicate). The events are drawn from a
 * fixed seed, so every walk through them yields the same events: the generator walks them once for the events and
 * their injuries and once more for the actions raised on them.
 */
final class DemoBulkEvents {

    /** A duplicate report voided by the safety department: one in this many reviewed events. */
    private static final int VOIDED_ONE_IN = 400;

    /**
     * An event as the application would have stored it.
     *
     * @param reviewedAt when its review began; null while it waits for review
     * @param injury the injured person of a reviewed incident, else null
     * @param voidedAt when it was voided as a duplicate, else null
     * @param version how many times it was changed after being reported
     */
    record Event(
            int n,
            UUID id,
            EventType type,
            EventStatus status,
            Instant occurredAt,
            Instant reportedAt,
            Instant reviewedAt,
            UUID siteId,
            UUID areaId,
            Worker worker,
            String description,
            boolean sifPotential,
            boolean deliberate,
            Injury injury,
            Instant voidedAt,
            long version,
            double progress) {

        /** The event as its corrective actions need it; none are raised on a voided one. */
        Reported reported() {
            return new Reported(
                    id,
                    type,
                    voidedAt == null ? reviewedAt : null,
                    siteId,
                    areaId,
                    worker.organisationId(),
                    worker.contractor(),
                    injury == null ? null : injury.injuryClass(),
                    progress);
        }
    }

    private final int events;
    private final int days;
    private final List<Worker> workers;
    private final List<SitePlaces> places;
    private final Map<UUID, SitePlaces> placesOfSite = new HashMap<>();
    private final Instant now;
    private final long seed;
    private final DemoCatalogue catalogue;

    DemoBulkEvents(
            int events,
            int years,
            List<Worker> workers,
            List<SitePlaces> places,
            Instant now,
            long seed,
            DemoCatalogue catalogue) {
        this.catalogue = catalogue;
        this.events = events;
        this.days = 365 * years + years / 4;
        this.workers = workers;
        this.places = places;
        places.forEach(place -> placesOfSite.put(place.siteId(), place));
        this.now = now;
        this.seed = seed;
    }

    /** The moment the plant is generated: nothing has happened later. */
    Instant now() {
        return now;
    }

    /** Why the safety department voided an event: it duplicated an earlier report. */
    String duplicateReason() {
        return catalogue.texts().text("event.duplicateReason");
    }

    /** The first moment events may have happened at. */
    Instant start() {
        return now.minus(days, ChronoUnit.DAYS);
    }

    /** Walks the events, oldest first; every walk yields the same ones. */
    void forEach(Consumer<Event> sink) {
        var random = new Random(seed);
        // reporting grows from 0.6 to 1.4 times the average as people see that reports lead somewhere; each day's
        // share is rounded so that the days add up to exactly the events asked for
        double weights = 0;
        for (int day = days; day >= 1; day--) {
            weights += weight(day);
        }
        double due = 0;
        int n = 0;
        for (int day = days; day >= 1; day--) {
            due += weight(day) * events / weights;
            double progress = (days - day) / (double) days;
            while (n < Math.min(events, Math.round(due))) {
                sink.accept(event(random, n++, day, progress));
            }
        }
        while (n < events) {
            sink.accept(event(random, n++, 1, 1.0));
        }
    }

    private double weight(int day) {
        return 0.6 + 0.8 * (days - day) / (double) days;
    }

    private Event event(Random random, int n, int daysAgo, double progress) {
        var worker = workers.get(random.nextInt(workers.size()));
        var type = DemoOccurrences.type(random, progress);
        var place = place(random, worker.siteId());
        var areaId = place.areas().isEmpty() || random.nextInt(10) == 0
                ? null
                : place.areas().get(random.nextInt(place.areas().size())).id();
        var description = catalogue.eventDescription(type, random);
        var occurredAt = now.minus(daysAgo, ChronoUnit.DAYS).plusSeconds(6 * 3600 + random.nextInt(14 * 3600));
        var reportedAt = capped(occurredAt.plus(Duration.ofMinutes(5 + random.nextInt(176))));
        var id = DemoRun.id("event", n);
        if (daysAgo < 3 && random.nextBoolean()) {
            return new Event(
                    n,
                    id,
                    type,
                    EventStatus.REPORTED,
                    occurredAt,
                    reportedAt,
                    null,
                    place.siteId(),
                    areaId,
                    worker,
                    description,
                    false,
                    false,
                    null,
                    null,
                    0,
                    progress);
        }
        var reviewedAt = capped(reportedAt.plus(Duration.ofMinutes(60 + random.nextInt(29 * 60 + 1))));
        var injury = type == EventType.INCIDENT ? injury(random, worker, progress) : null;
        boolean sif = type == EventType.NEAR_MISS && random.nextInt(6) == 0;
        boolean deliberate = type == EventType.VIOLATION && random.nextInt(8) == 0;
        boolean closed = daysAgo > 14 || random.nextInt(3) == 0;
        var voidedAt = random.nextInt(VOIDED_ONE_IN) == 0 ? capped(reviewedAt.plus(Duration.ofHours(2))) : null;
        // startReview and revise, then close, then void: one version each
        long version = 2 + (closed ? 1 : 0) + (voidedAt != null ? 1 : 0);
        return new Event(
                n,
                id,
                type,
                closed ? EventStatus.CLOSED : EventStatus.UNDER_REVIEW,
                occurredAt,
                reportedAt,
                reviewedAt,
                place.siteId(),
                areaId,
                worker,
                description,
                sif,
                deliberate,
                injury,
                voidedAt,
                version,
                progress);
    }

    /**
     * The standard demo's injuries; over years a plant of tens of thousands also has its rare fatality and its long
     * absences, which count as 180 days at most.
     */
    private Injury injury(Random random, Worker worker, double progress) {
        var injured = DemoOccurrences.injury(random, worker, progress, catalogue);
        var injuryClass = injured.injuryClass();
        int daysAway = injured.daysAway();
        if (random.nextInt(6000) == 0) {
            injuryClass = InjuryClass.FATALITY;
            daysAway = 0;
        } else if (injuryClass == InjuryClass.LOST_TIME && random.nextInt(30) == 0) {
            daysAway = 60 + random.nextInt(340);
        }
        return new Injury(
                worker.personId(),
                worker.name(),
                worker.organisationId(),
                injuryClass,
                injured.bodyPart(),
                null,
                daysAway,
                injured.daysRestricted());
    }

    private SitePlaces place(Random random, UUID home) {
        if (random.nextInt(5) > 0 && placesOfSite.containsKey(home)) {
            return placesOfSite.get(home);
        }
        return places.get(random.nextInt(places.size()));
    }

    private Instant capped(Instant at) {
        return at.isAfter(now) ? now : at;
    }
}
