package dev.tandem.demo;

import dev.tandem.demo.DemoActionPlans.Actor;
import dev.tandem.demo.DemoActionPlans.Staff;
import dev.tandem.demo.DemoSafetyYear.Worker;
import dev.tandem.organisation.OrganisationQueries.SitePlaces;
import dev.tandem.risk.HazardCategory;
import dev.tandem.risk.IdentifyRisk;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import dev.tandem.stopwork.RaiseStopWork;
import dev.tandem.stopwork.StopWork;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A year of stops of work at the demo plant, raised by its people (own staff and contractors' workers) and answered
 * through the stop-work module as they would have been, each step at its own moment: most are acknowledged within
 * minutes, a few only after the ladder would have climbed to the site's HSE lead or director, most causes are removed,
 * some compensated for with a new entry in the risk register, some judged unnecessary with an explanation. Stops grow
 * more frequent over the year as people see that stopping is safe. Among them is the crane cab whose air conditioning
 * failed in the July heat. The news of it is too old to ring a bell: none is left unacknowledged.
 */
final class DemoStops {

    /** What the year of stops came to. */
    record Counts(int stops, int escalated, int compensated, int unnecessary, int open) {}

    /** What a stop's texts say: its work and what was unsafe, then its answer, by how it ended. */
    private record Story(String work, String unsafe, String answer, String justification, String[] risk) {

        static Story of(String text) {
            var parts = text.split("\\|");
            var risk = parts.length > 4 ? new String[] {parts[4], parts[5], parts[6]} : null;
            return new Story(parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : null, risk);
        }
    }

    private enum Outcome {
        RESOLVED,
        COMPENSATED,
        UNNECESSARY
    }

    private static final int DAYS = 365;

    private final DemoServices services;
    private final DemoTimeline timeline;
    private final DemoTexts texts;
    private final Staff staff;
    private final Random random;
    private final Map<String, HazardCategory> categories;
    private final Viewer keeper;
    private List<Worker> people = List.of();
    private int stops;
    private int risks;
    private int escalated;
    private int compensated;
    private int unnecessary;
    private int open;

    DemoStops(DemoServices services, DemoTimeline timeline, DemoTexts texts, Staff staff, long seed) {
        this.services = services;
        this.timeline = timeline;
        this.texts = texts;
        this.staff = staff;
        this.random = new Random(seed);
        this.categories = services.hazards().current().stream()
                .collect(Collectors.toMap(HazardCategory::code, Function.identity()));
        this.keeper = DemoRun.demoActor(texts, Role.HSE_SPECIALIST);
    }

    /**
     * Raises and answers the year's stops: about 90 per 300 people, from some four a month in the first quarter to
     * some ten in the last. The demo's logins raise a few of those older than a week, so their own lists are not
     * empty and no news of them waits in an inbox.
     *
     * @param people who may stop work: the shop floor, own and contractors'
     * @param logins the shop-floor people who sign in, with their accounts' viewers
     */
    Counts generate(int scale, List<Worker> people, Map<UUID, Viewer> logins, List<SitePlaces> places) {
        this.people = List.copyOf(people);
        for (int day = DAYS; day >= 2; day--) {
            double progress = (DAYS - day) / (double) DAYS;
            double expected = scale * (0.12 + 0.26 * progress);
            int count = (int) expected + (random.nextDouble() < expected - (int) expected ? 1 : 0);
            for (int n = 0; n < count; n++) {
                var at = timeline.now().minus(Duration.ofDays(day)).plusSeconds(6 * 3600 + random.nextInt(14 * 3600));
                // whoever was at work then: a contractor's people only while it worked at the plant
                var working = staff.periods().working(people, at);
                var worker = working.get(random.nextInt(working.size()));
                var viewer = logins.get(worker.personId());
                if (viewer != null && day <= 8) {
                    continue;
                }
                stop(worker, viewer == null ? shopFloor(worker) : viewer, place(worker.siteId(), places), at, day);
            }
        }
        return new Counts(stops, escalated, compensated, unnecessary, open);
    }

    /**
     * The crane cab: on a hot July day an overhead crane operator of the owner company stops the lifts when the cab's
     * air conditioning fails; the area's manager rests the work in the cool hours, puts a portable cooler in the cab,
     * enters the risk, and resumes the work that evening with a justification.
     */
    StopWork craneCab(Worker operator, UUID area, Worker manager) {
        var story = Story.of(texts.text("stop.craneCab"));
        var today = LocalDate.ofInstant(timeline.now(), DemoCatalogue.ZONE);
        int year = today.getMonthValue() > Month.JULY.getValue() ? today.getYear() : today.getYear() - 1;
        var july = LocalDate.of(year, Month.JULY, 16);
        var raisedAt =
                july.atTime(LocalTime.of(13, 20)).atZone(DemoCatalogue.ZONE).toInstant();
        var responder = new Actor(manager, Role.LINE_MANAGER).viewer();
        var stop =
                raise(story, area, operator.organisationId(), shopFloor(operator), raisedAt, raisedAt.plusSeconds(40));
        stops++;
        compensated++;
        var id = stop.id();
        timeline.at(raisedAt.plus(Duration.ofMinutes(6)), () -> services.stops()
                .acknowledge(id, Precondition.none(), responder));
        var risk = enterRisk(story, area, manager, raisedAt.plus(Duration.ofMinutes(48)));
        timeline.at(raisedAt.plus(Duration.ofMinutes(50)), () -> services.stops()
                .compensate(id, Precondition.none(), story.answer(), risk, responder));
        return timeline.at(
                july.atTime(LocalTime.of(19, 5)).atZone(DemoCatalogue.ZONE).toInstant(),
                () -> services.stops().resume(id, Precondition.none(), story.justification(), responder));
    }

    private void stop(Worker worker, Viewer initiator, SitePlaces place, Instant raisedAt, int daysAgo) {
        var area = place.areas().get(random.nextInt(place.areas().size())).id();
        var outcome = outcome();
        var story = Story.of(texts.any("stop." + outcome.name().toLowerCase(java.util.Locale.ROOT), random));
        // one in six is raised without network and sent when the phone finds it again
        var received = random.nextInt(6) == 0
                ? raisedAt.plus(Duration.ofMinutes(3 + random.nextInt(40)))
                : raisedAt.plusSeconds(5 + random.nextInt(60));
        var stop = raise(story, area, whoseWork(worker, place.siteId(), raisedAt), initiator, raisedAt, received);
        stops++;
        var id = stop.id();
        var manager = staff.areaManagers().get(area);
        var acknowledged = acknowledgement(raisedAt, received);
        var responder = responder(
                manager,
                stop.siteId(),
                acknowledged.minus(Duration.ofMinutes(15)).isAfter(raisedAt));
        // the stops of the last days are still being answered: a cause being removed, measures waiting to be in place
        boolean lastStep = daysAgo > 6;
        if (outcome == Outcome.UNNECESSARY) {
            unnecessary++;
            timeline.at(acknowledged, () -> services.stops()
                    .judgeUnnecessary(id, Precondition.none(), story.answer(), responder));
            return;
        }
        timeline.at(acknowledged, () -> services.stops().acknowledge(id, Precondition.none(), responder));
        answer(new Answering(id, area, manager, responder), outcome, story, acknowledged, lastStep);
    }

    /** A stop being answered: where, by whom. */
    private record Answering(UUID id, UUID area, Worker manager, Viewer responder) {}

    /** Removes the cause or compensates for it, then resumes the work unless that is still to come. */
    private void answer(Answering stop, Outcome outcome, Story story, Instant acknowledged, boolean lastStep) {
        if (!lastStep && outcome == Outcome.RESOLVED) {
            // the cause is still being removed
            open++;
            return;
        }
        var id = stop.id();
        var answered = timeline.minutesAfter(acknowledged, 15, 180);
        if (outcome == Outcome.COMPENSATED) {
            compensated++;
            var risk = enterRisk(story, stop.area(), stop.manager(), answered.minusSeconds(60));
            timeline.at(answered, () -> services.stops()
                    .compensate(id, Precondition.none(), story.answer(), risk, stop.responder()));
        } else {
            timeline.at(answered, () -> services.stops()
                    .resolve(id, Precondition.none(), story.answer(), stop.responder()));
        }
        if (!lastStep) {
            // the measures are not in place yet
            open++;
            return;
        }
        timeline.at(timeline.minutesAfter(answered, 5, 90), () -> services.stops()
                .resume(id, Precondition.none(), story.justification(), stop.responder()));
    }

    private StopWork raise(Story story, UUID area, UUID whose, Viewer initiator, Instant raisedAt, Instant received) {
        var raise =
                new RaiseStopWork(DemoRun.id("stop", stops), area, whose, story.work(), story.unsafe(), raisedAt, null);
        return timeline.at(
                received, () -> services.stops().raise(raise, null, initiator).record());
    }

    /** A new entry of the register for the stop's compensating measures, as the risk form filled from the stop. */
    private UUID enterRisk(Story story, UUID area, Worker manager, Instant at) {
        var details = new IdentifyRisk(
                DemoRun.id("stop-risk", risks++),
                null,
                area,
                story.work(),
                categories.get(story.risk()[0]).id(),
                story.unsafe(),
                story.risk()[1],
                story.risk()[2],
                manager.personId(),
                LocalDate.ofInstant(at, DemoCatalogue.ZONE).plusMonths(6),
                false);
        var keeper = new Actor(manager, Role.LINE_MANAGER).viewer();
        return timeline.at(
                at, () -> services.risks().identify(details, keeper).record().id());
    }

    private Outcome outcome() {
        int draw = random.nextInt(100);
        return draw < 15 ? Outcome.UNNECESSARY : draw < 38 ? Outcome.COMPENSATED : Outcome.RESOLVED;
    }

    /**
     * Mostly within minutes; one in seven after the 15-minute step would have told the site's HSE lead, one in twenty
     * after the hour that tells the site's director.
     */
    private Instant acknowledgement(Instant raisedAt, Instant received) {
        int draw = random.nextInt(20);
        int minutes = draw == 0 ? 61 + random.nextInt(90) : draw < 4 ? 16 + random.nextInt(40) : 2 + random.nextInt(12);
        if (minutes > 15) {
            escalated++;
        }
        var at = raisedAt.plus(Duration.ofMinutes(minutes));
        return at.isAfter(received) ? at : received.plusSeconds(60);
    }

    /** The area's manager, or after the ladder's first step the site's safety department when it has somebody there. */
    private Viewer responder(Worker manager, UUID site, boolean late) {
        if (late) {
            for (var specialist : staff.safetyDepartment()) {
                if (site.equals(specialist.siteId()) && random.nextBoolean()) {
                    return new Actor(specialist, Role.HSE_SPECIALIST).viewer();
                }
            }
        }
        return new Actor(manager, Role.LINE_MANAGER).viewer();
    }

    /**
     * A contractor's people stop their own firm's work mostly, own staff the owner company's; now and then either stops
     * the other's, a contractor's crew at work on the same site.
     */
    private UUID whoseWork(Worker worker, UUID site, Instant at) {
        if (worker.contractor()) {
            return random.nextInt(5) == 0 ? owner() : worker.organisationId();
        }
        var crews = staff.periods().working(people, at).stream()
                .filter(other -> other.contractor() && site.equals(other.siteId()))
                .toList();
        return crews.isEmpty() || random.nextInt(4) > 0
                ? owner()
                : crews.get(random.nextInt(crews.size())).organisationId();
    }

    private UUID owner() {
        return services.register().ownerCompany().orElseThrow().id();
    }

    private SitePlaces place(UUID home, List<SitePlaces> places) {
        if (random.nextInt(5) > 0) {
            for (var place : places) {
                if (place.siteId().equals(home) && !place.areas().isEmpty()) {
                    return place;
                }
            }
        }
        var withAreas =
                places.stream().filter(place -> !place.areas().isEmpty()).toList();
        return withAreas.get(random.nextInt(withAreas.size()));
    }

    private static Viewer shopFloor(Worker worker) {
        return new Actor(worker, Role.WORKER).viewer();
    }
}
