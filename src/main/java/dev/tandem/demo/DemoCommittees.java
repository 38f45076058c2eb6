package dev.tandem.demo;

import dev.tandem.action.ActionProgress;
import dev.tandem.demo.DemoActionPlans.Actor;
import dev.tandem.demo.DemoSafetyYear.Worker;
import dev.tandem.meeting.committees.SetCommittee;
import dev.tandem.meeting.holding.ItemOutcome;
import dev.tandem.meeting.holding.Meeting;
import dev.tandem.meeting.holding.OpenMeeting;
import dev.tandem.meeting.holding.RecordDecision;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A monthly safety committee on each site of the demo plant for the year before the demo was generated, through the
 * meeting module as its safety department would have kept it: its members (the site's director, the managers of its
 * areas and the safety specialist), a meeting on the fifth of each month whose agenda built itself from the site's
 * records as they stood that day, most members present and each of them signing, a few items discussed and one carried
 * over with its reason (the rest carried over on closing), and a decision or two raised as actions on the site's
 * managers, most of them done since. Each is held in the plant's language.
 */
final class DemoCommittees {

    /** What the year of committees came to. */
    record Counts(int committees, int meetings, int decisions) {}

    static final int DAY = 5;

    private static final int MONTHS = 12;

    private static final int DISCUSSED = 3;

    private static final int DONE_AFTER = 12;

    private static final LocalTime AT = LocalTime.of(10, 0);

    private final DemoMeetingServices services;
    private final ActionProgress progress;
    private final DemoTimeline timeline;
    private final DemoTexts texts;
    private final Random random;
    private final DemoSignatures signatures = new DemoSignatures();
    private int meetings;
    private int decisions;

    DemoCommittees(
            DemoMeetingServices services, ActionProgress progress, DemoTimeline timeline, DemoTexts texts, long seed) {
        this.services = services;
        this.progress = progress;
        this.timeline = timeline;
        this.texts = texts;
        this.random = new Random(seed);
    }

    /** The committee of each site with areas: its director, the managers of its areas and the safety specialist. */
    Counts generate(DemoPeople people, List<UUID> sites) {
        var hse = people.login(DemoLogin.HSE);
        int committees = 0;
        for (var site : sites) {
            var managers = people.areasOf(site).stream()
                    .map(people::areaManager)
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .toList();
            if (managers.isEmpty()) {
                continue;
            }
            var members = new LinkedHashSet<Worker>();
            if (people.siteDirectors().containsKey(site)) {
                members.add(people.siteDirectors().get(site));
            }
            members.addAll(managers);
            members.add(hse);
            // the first area's manager keeps the committee's record, as one of the site's line managers
            committee(site, List.copyOf(members), managers, new Actor(managers.get(0), Role.LINE_MANAGER).viewer());
            committees++;
        }
        return new Counts(committees, meetings, decisions);
    }

    private void committee(UUID site, List<Worker> members, List<Worker> owners, Viewer keeper) {
        var first = YearMonth.from(timeline.now().atZone(DemoCatalogue.ZONE)).minusMonths(MONTHS - 1L);
        timeline.at(at(first.minusMonths(1)), () -> services.committees()
                .set(
                        site,
                        Precondition.none(),
                        new SetCommittee(
                                DAY,
                                AT.toString(),
                                members.stream().map(Worker::personId).toList()),
                        keeper));
        for (int month = 0; month < MONTHS; month++) {
            var heldAt = at(first.plusMonths(month));
            if (timeline.hasHappened(heldAt.plus(Duration.ofHours(2)))) {
                hold(site, heldAt, members, owners, keeper);
            }
        }
    }

    private static Instant at(YearMonth month) {
        return month.atDay(DAY).atTime(AT).atZone(DemoCatalogue.ZONE).toInstant();
    }

    private void hold(UUID site, Instant heldAt, List<Worker> members, List<Worker> owners, Viewer keeper) {
        var id = DemoRun.id("committee-meeting", ++meetings);
        var desk = services.desk();
        var none = Precondition.none();
        var absent = members.get(random.nextInt(members.size()));
        var present = members.stream().filter(member -> member != absent).toList();
        timeline.at(heldAt, () -> {
            var meeting = desk.open(
                            new OpenMeeting(id, null, site, heldAt, texts.text("committee.place"), null), keeper)
                    .record();
            present.forEach(member -> desk.attend(id, none, member.personId(), true, keeper));
            conclude(meeting, keeper);
            return null;
        });
        for (int d = 0; d <= random.nextInt(2); d++) {
            decide(id, heldAt, owners.get(random.nextInt(owners.size())), keeper);
        }
        timeline.at(heldAt.plus(Duration.ofMinutes(90)), () -> {
            present.forEach(
                    member -> services.signatures().sign(id, none, member.personId(), signatures.of(member), keeper));
            return desk.close(id, none, keeper);
        });
    }

    /** The first items discussed, the next carried over with its reason; the rest are carried over on closing. */
    private void conclude(Meeting meeting, Viewer keeper) {
        var items = new ArrayList<>(meeting.agenda());
        for (int i = 0; i < Math.min(DISCUSSED, items.size()); i++) {
            services.desk()
                    .conclude(
                            meeting.id(),
                            Precondition.none(),
                            items.get(i).itemId(),
                            ItemOutcome.DISCUSSED,
                            texts.any("committee.note", random),
                            keeper);
        }
        if (items.size() > DISCUSSED) {
            services.desk()
                    .conclude(
                            meeting.id(),
                            Precondition.none(),
                            items.get(DISCUSSED).itemId(),
                            ItemOutcome.CARRIED_OVER,
                            texts.any("meeting.carried", random),
                            keeper);
        }
    }

    /** A decision raised as an action on a manager of the site; done some days later, except every third. */
    private void decide(UUID meeting, Instant heldAt, Worker owner, Viewer keeper) {
        var id = DemoRun.id("committee-decision", ++decisions);
        var text = texts.any("committee.decision", random);
        timeline.at(heldAt.plus(Duration.ofMinutes(60)), () -> services.desk()
                .decide(meeting, Precondition.none(), new RecordDecision(id, text, owner.personId(), null), keeper));
        if (decisions % 3 != 0) {
            var by = new Actor(owner, Role.LINE_MANAGER).viewer();
            var doneAt = heldAt.plus(Duration.ofDays(DONE_AFTER + random.nextInt(8)));
            timeline.take(doneAt.minus(Duration.ofDays(2)), () -> progress.start(id, Precondition.none(), by));
            timeline.take(doneAt, () -> progress.complete(id, Precondition.none(), texts.text("meeting.done"), by));
        }
    }
}
