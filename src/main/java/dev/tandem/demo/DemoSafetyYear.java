package dev.tandem.demo;

import dev.tandem.event.EventReporting;
import dev.tandem.event.EventReview;
import dev.tandem.event.EventType;
import dev.tandem.event.InjuredPerson;
import dev.tandem.event.InjuryClass;
import dev.tandem.event.ReportEvent;
import dev.tandem.event.ReviseEvent;
import dev.tandem.organisation.OrganisationQueries.SitePlaces;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A year of safety events at the demo plant, reported by its people and reviewed by the safety department. The
 * trends are those of a plant that turned to partnership: more hazards and near misses reported every month, fewer
 * people hurt, contractors catching up with the owner's own staff.
 */
final class DemoSafetyYear {

    /** Someone who works at the demo plant, as the reports need them. */
    record Worker(UUID personId, String name, UUID organisationId, boolean contractor, UUID siteId) {}

    /**
     * An event as the corrective actions need it.
     *
     * @param reviewedAt when the safety department reviewed it; null while it waits for review
     * @param injury the class of the injury of an incident, else null
     * @param progress how far into the year it happened, from 0 to 1
     */
    record Reported(
            UUID id,
            EventType type,
            Instant reviewedAt,
            UUID siteId,
            UUID areaId,
            UUID organisationId,
            boolean contractor,
            InjuryClass injury,
            double progress) {}

    private static final int DAYS = 365;

    private final EventReporting reporting;
    private final EventReview review;
    private final DemoWorkingPeriods periods;
    private final List<SitePlaces> places;
    private final Random random;
    private final DemoTimeline timeline;
    private final DemoCatalogue catalogue;
    private final Viewer reviewer;
    private final List<Reported> reported = new ArrayList<>();
    private int events;

    DemoSafetyYear(
            EventReporting reporting,
            EventReview review,
            DemoWorkingPeriods periods,
            List<SitePlaces> places,
            Random random,
            DemoTimeline timeline,
            DemoCatalogue catalogue) {
        this.reporting = reporting;
        this.review = review;
        this.periods = periods;
        this.places = places;
        this.random = random;
        this.timeline = timeline;
        this.catalogue = catalogue;
        this.reviewer = DemoRun.demoActor(catalogue.texts(), Role.HSE_SPECIALIST);
    }

    /** Reports and reviews the year's events, each step at its own time; answers them in the order reported. */
    List<Reported> generate(int scale) {
        for (int day = DAYS; day >= 1; day--) {
            double progress = (DAYS - day) / (double) DAYS;
            // reporting grows from about 1.2 to 3 a day per 300 people as people see that reports lead somewhere
            double expected = scale * (1.2 + 1.8 * progress);
            int reports = (int) expected + (random.nextDouble() < expected - (int) expected ? 1 : 0);
            for (int n = 0; n < reports; n++) {
                var at = timeline.now().minus(day, ChronoUnit.DAYS).plusSeconds(6 * 3600 + random.nextInt(14 * 3600));
                report(at, progress, day);
            }
        }
        return List.copyOf(reported);
    }

    private void report(Instant at, double progress, int daysAgo) {
        // whoever was at work then: a contractor's people only while it worked at the plant
        var working = periods.working(at);
        var worker = working.get(random.nextInt(working.size()));
        var type = DemoOccurrences.type(random, progress);
        var place = place(worker.siteId());
        var description = catalogue.eventDescription(type, random);
        var viewer = new Viewer(
                null,
                "demo",
                worker.name(),
                worker.personId(),
                worker.organisationId(),
                worker.contractor(),
                worker.siteId(),
                Set.of(Role.WORKER));
        var id = DemoRun.id("event", events++);
        var report = new ReportEvent(id, type, at, place.siteId(), area(place), description, false);
        var reportedAt = timeline.minutesAfter(at, 5, 180);
        var event = timeline.at(
                reportedAt, () -> reporting.report(report, null, viewer).record());
        if (daysAgo < 3 && random.nextBoolean()) {
            reported.add(new Reported(
                    id,
                    type,
                    null,
                    event.siteId(),
                    event.areaId(),
                    worker.organisationId(),
                    worker.contractor(),
                    null,
                    progress));
            return;
        }
        var reviewedAt = timeline.hoursAfter(reportedAt, 1, 30);
        var injuries = type == EventType.INCIDENT
                ? List.of(DemoOccurrences.injury(random, worker, progress, catalogue))
                : List.<InjuredPerson>of();
        var revision = new ReviseEvent(
                type,
                at,
                event.siteId(),
                event.areaId(),
                worker.organisationId(),
                List.of(),
                description,
                type == EventType.NEAR_MISS && random.nextInt(6) == 0,
                type == EventType.VIOLATION && random.nextInt(8) == 0,
                null,
                null,
                injuries);
        timeline.at(reviewedAt, () -> {
            review.startReview(id, Precondition.none(), reviewer);
            return review.revise(id, Precondition.none(), revision, reviewer);
        });
        reported.add(new Reported(
                id,
                type,
                reviewedAt,
                event.siteId(),
                event.areaId(),
                worker.organisationId(),
                worker.contractor(),
                injuries.isEmpty() ? null : injuries.get(0).injuryClass(),
                progress));
        if (daysAgo > 14 || random.nextInt(3) == 0) {
            timeline.at(
                    timeline.hoursAfter(reviewedAt, 2, 240),
                    () -> review.close(id, Precondition.none(), null, reviewer));
        }
    }

    private SitePlaces place(UUID home) {
        if (random.nextInt(5) > 0) {
            for (var place : places) {
                if (place.siteId().equals(home)) {
                    return place;
                }
            }
        }
        return places.get(random.nextInt(places.size()));
    }

    private UUID area(SitePlaces place) {
        return place.areas().isEmpty() || random.nextInt(10) == 0
                ? null
                : place.areas().get(random.nextInt(place.areas().size())).id();
    }
}
