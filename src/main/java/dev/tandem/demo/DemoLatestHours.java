package dev.tandem.demo;

import dev.tandem.action.ActionPlanning;
import dev.tandem.action.ActionPriority;
import dev.tandem.action.RaiseAction;
import dev.tandem.action.SourceType;
import dev.tandem.demo.DemoSafetyYear.Worker;
import dev.tandem.event.EventReporting;
import dev.tandem.event.EventType;
import dev.tandem.event.ReportEvent;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The last hours before the demo plant is generated, so that its logins find news waiting: the worker reports a hazard
 * in the line manager's area and the first contractor's worker a near miss beside it; the head of safety gives the
 * worker an action on the hazard and the managing director one on the near miss. They go through the services like
 * the rest of the year, and the notification module hears of them as of any other record: news of the replayed year
 * is older than a week and rings nobody's bell.
 */
final class DemoLatestHours {

    /** The records of these hours, the same in every people. */
    static final UUID HAZARD = DemoRun.id("latest-event", 0);

    static final UUID NEAR_MISS = DemoRun.id("latest-event", 1);
    static final UUID WORKERS_ACTION = DemoRun.id("latest-action", 0);
    static final UUID DIRECTORS_ACTION = DemoRun.id("latest-action", 1);

    static final int EVENTS = 2;
    static final int ACTIONS = 2;

    private final EventReporting reporting;
    private final ActionPlanning planning;
    private final PlantStructure structure;
    private final DemoTimeline timeline;
    private final DemoTexts texts;

    DemoLatestHours(
            EventReporting reporting,
            ActionPlanning planning,
            PlantStructure structure,
            DemoTimeline timeline,
            DemoTexts texts) {
        this.reporting = reporting;
        this.planning = planning;
        this.structure = structure;
        this.timeline = timeline;
        this.texts = texts;
    }

    /** @param people the plant's people, whose logins take part */
    void generate(DemoPeople people) {
        var area = people.areaOwnedBy(people.login(DemoLogin.MANAGER));
        var site = structure.area(area).siteId();
        var worker = people.login(DemoLogin.WORKER);
        var contractorsWorker = people.login(DemoLogin.CONTRACTOR1_WORKER);
        var headOfSafety = as(people.login(DemoLogin.HSE), Role.HSE_SPECIALIST);
        var director = people.login(DemoLogin.DIRECTOR);
        report(HAZARD, EventType.HAZARD, "latest.hazard", worker, site, area, hoursAgo(5));
        report(NEAR_MISS, EventType.NEAR_MISS, "latest.nearMiss", contractorsWorker, site, area, hoursAgo(4));
        raise(WORKERS_ACTION, "latest.action.worker", HAZARD, worker, headOfSafety, 7, hoursAgo(3));
        raise(DIRECTORS_ACTION, "latest.action.director", NEAR_MISS, director, headOfSafety, 21, hoursAgo(2));
    }

    private void report(
            UUID id, EventType type, String text, Worker reporter, UUID site, UUID area, Instant occurredAt) {
        var report = new ReportEvent(id, type, occurredAt, site, area, texts.text(text), false);
        timeline.at(
                timeline.minutesAfter(occurredAt, 10, 40),
                () -> reporting.report(report, null, as(reporter, Role.WORKER)));
    }

    /** An action of the owner company on the event, owned by {@code owner} (a director owns the committee's). */
    private void raise(UUID id, String title, UUID event, Worker owner, Viewer planner, int dueInDays, Instant at) {
        var due = at.atZone(DemoCatalogue.ZONE).toLocalDate().plusDays(dueInDays);
        var raise = new RaiseAction(
                id,
                texts.text(title),
                null,
                SourceType.EVENT,
                event,
                null,
                owner.personId(),
                planner.organisationId(),
                due,
                ActionPriority.HIGH);
        timeline.at(at, () -> planning.raise(raise, planner));
    }

    private Instant hoursAgo(int hours) {
        return timeline.now().minus(Duration.ofHours(hours));
    }

    private static Viewer as(Worker worker, Role role) {
        return new DemoActionPlans.Actor(worker, role).viewer();
    }
}
