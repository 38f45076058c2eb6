package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.demo.DemoBulkEvents.Event;
import dev.tandem.demo.DemoSafetyYear.Worker;
import dev.tandem.event.EventStatus;
import dev.tandem.event.EventType;
import dev.tandem.event.Injury;
import dev.tandem.organisation.OrganisationQueries.Option;
import dev.tandem.organisation.OrganisationQueries.SitePlaces;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoBulkEventsTests {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final List<SitePlaces> places = List.of(
            new SitePlaces(DemoRun.id("site", 0), "Main Works", List.of(new Option(DemoRun.id("area", 0), "BF2"))),
            new SitePlaces(DemoRun.id("site", 1), "Rolling Mill", List.of()));

    private final List<Worker> workers = List.of(
            new Worker(
                    DemoRun.id("person", 0),
                    "Ivanov",
                    DemoRun.id("organisation", 0),
                    false,
                    places.get(0).siteId()),
            new Worker(
                    DemoRun.id("person", 1),
                    "Petrov",
                    DemoRun.id("organisation", 1),
                    true,
                    places.get(1).siteId()));

    private final DemoBulkEvents events = new DemoBulkEvents(
            20_000,
            2,
            workers,
            places,
            NOW,
            DemoRun.SEED + 3,
            new DemoCatalogue(DemoTexts.of(DemoProperties.Language.EN)));

    @Test
    void everyWalkYieldsExactlyTheEventsAskedForAndTheSameOnes() {
        var first = walk();
        var second = walk();
        assertThat(first).hasSize(20_000).isEqualTo(second);
        assertThat(first.get(0).occurredAt()).isAfterOrEqualTo(events.start());
        assertThat(first.get(first.size() - 1).occurredAt()).isBefore(NOW);
    }

    @Test
    void reportingGrowsAndIncidentsBecomeRarerOverTheYears() {
        var all = walk();
        var firstYear = all.stream().filter(event -> event.progress() < 0.5).toList();
        var secondYear = all.stream().filter(event -> event.progress() >= 0.5).toList();
        assertThat(secondYear.size()).isGreaterThan(firstYear.size() * 5 / 4);
        assertThat(share(secondYear, EventType.INCIDENT)).isLessThan(share(firstYear, EventType.INCIDENT));
    }

    @Test
    void injuriesOnlyOnReviewedIncidentsAndDaysCappedAt180() {
        for (var event : walk()) {
            var reviewed = event.status() != EventStatus.REPORTED;
            assertThat(event.injury() != null).isEqualTo(reviewed && event.type() == EventType.INCIDENT);
            assertThat(event.reviewedAt() != null).isEqualTo(reviewed);
            assertThat(event.reportedAt()).isAfter(event.occurredAt()).isBeforeOrEqualTo(NOW);
            if (event.injury() != null) {
                assertThat(event.injury().daysAway()).isBetween(0, Injury.DAY_CAP);
                assertThat(event.injury().organisationId())
                        .isEqualTo(event.worker().organisationId());
            }
            if (event.deliberate()) {
                assertThat(event.type()).isEqualTo(EventType.VIOLATION);
            }
        }
    }

    @Test
    void longAbsencesCountAs180Days() {
        var injuries = walk().stream()
                .map(Event::injury)
                .filter(java.util.Objects::nonNull)
                .toList();
        assertThat(injuries).anyMatch(injury -> injury.daysAway() == Injury.DAY_CAP);
        assertThat(injuries).allMatch(injury -> injury.daysAway() <= Injury.DAY_CAP);
    }

    private List<Event> walk() {
        var walked = new ArrayList<Event>();
        events.forEach(walked::add);
        return walked;
    }

    private static double share(List<Event> events, EventType type) {
        return events.stream().filter(event -> event.type() == type).count() / (double) events.size();
    }
}
