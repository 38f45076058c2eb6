package dev.tandem.demo;

import dev.tandem.action.ActionProgress;
import dev.tandem.demo.DemoActionPlans.Actor;
import dev.tandem.demo.DemoSafetyYear.Worker;
import dev.tandem.demo.DemoWorkingPeriods.Story;
import dev.tandem.demo.DemoWorkingPeriods.Tenure;
import dev.tandem.meeting.holding.ItemOutcome;
import dev.tandem.meeting.holding.OpenMeeting;
import dev.tandem.meeting.holding.RecordDecision;
import dev.tandem.meeting.rotations.SetRotationPattern;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A year of rotation meetings: the mentor sets each engagement's rotation pattern the day its work starts and meets the
 * contractor's supervisor once every rotation while the contractor works at the plant, the first twelve days after the
 * start (which ticks its onboarding's first rotation meeting). Each meeting concludes the first items of the agenda
 * that built itself, discussed or carried over, sometimes with an item the mentor adds; records a decision whose action
 * falls on either side, most of them done since; and is signed by everyone present before it is closed. A few
 * contractors let a rotation pass without a meeting, so their share of rotations with one is below 100 %; the one in
 * its first month has not met yet.
 */
final class DemoMeetings {

    private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);

    /** Crews change every four weeks; the electricians' every two. */
    private static final String BLOCKS = "28/28";

    private static final Map<String, String> OWN_BLOCKS = Map.of("electrical", "14/14");

    /** The rotations (counted from 0, the first) that passed without a meeting, by contractor. */
    private static final Map<String, Set<Integer>> MISSED =
            Map.of("welding", Set.of(3, 6, 7), "transport", Set.of(4), "cranes", Set.of(5));

    /** Days after the start of the first meeting: the onboarding's step is due on day 21. */
    private static final int FIRST_MEETING = 12;

    /** The agenda's first items are concluded at the meeting; the rest are carried over when it closes. */
    private static final int CONCLUDED = 3;

    /** A decision's action is done this many days after the meeting, unless it is one of those still open. */
    private static final int DONE_AFTER = 9;

    private record Planned(Tenure tenure, UUID engagement, int days) {}

    /** What was written: patterns, meetings held, rotations missed, decisions and their actions done. */
    record Held(int patterns, int meetings, int missed, int decisions, int done) {}

    private final DemoMeetingServices services;
    private final ActionProgress progress;
    private final DemoTimeline timeline;
    private final DemoTexts texts;
    private final Worker safety;
    private final Random random;
    private final DemoSignatures signatures = new DemoSignatures();
    private final List<Planned> planned = new ArrayList<>();
    private int meetings;
    private int missed;
    private int decisions;
    private int done;

    DemoMeetings(
            DemoMeetingServices services,
            ActionProgress progress,
            DemoTimeline timeline,
            DemoTexts texts,
            Worker safety,
            long seed) {
        this.services = services;
        this.progress = progress;
        this.timeline = timeline;
        this.texts = texts;
        this.safety = safety;
        this.random = new Random(seed);
    }

    /** The mentor sets the engagement's rotation pattern on the day its work starts. */
    void plan(Tenure tenure, UUID engagement) {
        var blocks = OWN_BLOCKS.getOrDefault(tenure.contractor().key(), BLOCKS);
        var startsOn = LocalDate.ofInstant(daysAgo(tenure.started()), DemoCatalogue.ZONE);
        timeline.at(daysAgo(tenure.started()), () -> services.rotations()
                .set(
                        engagement,
                        Precondition.none(),
                        new SetRotationPattern(blocks, startsOn, "08:00"),
                        viewer(tenure.mentor(), Role.LINE_MANAGER)));
        planned.add(new Planned(tenure, engagement, Integer.parseInt(blocks.substring(0, blocks.indexOf('/')))));
    }

    /** Holds the meetings of every engagement planned, and logs how many. */
    Held hold() {
        long started = System.nanoTime();
        for (var engagement : planned) {
            if (engagement.tenure().story() != Story.FIRST_MONTH) {
                rotations(engagement);
            }
        }
        var held = new Held(planned.size(), meetings, missed, decisions, done);
        log.info(
                "Demo mode: {} rotation patterns, {} rotation meetings held and signed, {} rotations missed, {}"
                        + " decisions raised as actions ({} done) in {} ms",
                held.patterns(),
                held.meetings(),
                held.missed(),
                held.decisions(),
                held.done(),
                (System.nanoTime() - started) / 1_000_000);
        return held;
    }

    private void rotations(Planned engagement) {
        var tenure = engagement.tenure();
        var skipped = MISSED.getOrDefault(tenure.contractor().key(), Set.of());
        for (int rotation = 0; ; rotation++) {
            int first = tenure.started() - rotation * engagement.days();
            int day = rotation == 0 ? first - FIRST_MEETING : first - 3 - random.nextInt(engagement.days() - 6);
            if (day < 1 || day <= tenure.left()) {
                return;
            }
            if (skipped.contains(rotation)) {
                missed++;
            } else {
                meet(engagement, day);
            }
        }
    }

    private void meet(Planned engagement, int day) {
        var tenure = engagement.tenure();
        var mentor = viewer(tenure.mentor(), Role.LINE_MANAGER);
        var supervisor = tenure.contractor().supervisor();
        var id = DemoRun.id("meeting", meetings);
        var heldAt = LocalDate.ofInstant(daysAgo(day), DemoCatalogue.ZONE)
                .atTime(LocalTime.of(9 + random.nextInt(6), 30 * random.nextInt(2)))
                .atZone(DemoCatalogue.ZONE)
                .toInstant();
        var desk = services.desk();
        var none = Precondition.none();
        timeline.at(
                heldAt.minus(Duration.ofHours(1)),
                () -> desk.open(
                        new OpenMeeting(id, engagement.engagement(), heldAt, texts.any("meeting.place", random), null),
                        mentor));
        var present = new ArrayList<>(List.of(tenure.mentor(), supervisor));
        if (meetings % 4 == 3) {
            present.add(safety);
        }
        timeline.at(heldAt, () -> {
            present.forEach(person -> desk.attend(id, none, person.personId(), true, mentor));
            if (meetings % 3 == 0) {
                desk.addItem(id, none, texts.any("meeting.item", random), mentor);
            }
            conclude(id, mentor);
            return null;
        });
        decide(id, heldAt, meetings % 2 == 0 ? supervisor : tenure.mentor(), mentor);
        timeline.at(heldAt.plus(Duration.ofMinutes(50)), () -> {
            present.forEach(
                    person -> services.signatures().sign(id, none, person.personId(), signatures.of(person), mentor));
            return desk.close(id, none, mentor);
        });
        meetings++;
    }

    /** The first items discussed, one carried over with its reason, and the mentor's own item discussed. */
    private void conclude(UUID id, Viewer mentor) {
        var desk = services.desk();
        var agenda = desk.meeting(id, mentor).agenda();
        for (int n = 0; n < agenda.size(); n++) {
            var item = agenda.get(n);
            var added = item.recordId() == null && n == agenda.size() - 1;
            if (n < CONCLUDED - 1 || added) {
                desk.conclude(
                        id,
                        Precondition.none(),
                        item.itemId(),
                        ItemOutcome.DISCUSSED,
                        texts.any("meeting.note", random),
                        mentor);
            } else if (n == CONCLUDED - 1) {
                desk.conclude(
                        id,
                        Precondition.none(),
                        item.itemId(),
                        ItemOutcome.CARRIED_OVER,
                        texts.any("meeting.carried", random),
                        mentor);
            }
        }
    }

    /** A decision on the owner's side; its action done some days later, except every third, still open. */
    private void decide(UUID meeting, Instant heldAt, Worker owner, Viewer mentor) {
        var id = DemoRun.id("meeting-decision", decisions);
        var text = texts.any("meeting.decision", random);
        timeline.at(heldAt.plus(Duration.ofMinutes(40)), () -> services.desk()
                .decide(meeting, Precondition.none(), new RecordDecision(id, text, owner.personId(), null), mentor));
        var ownerRole = owner.contractor() ? Role.CONTRACTOR_SUPERVISOR : Role.LINE_MANAGER;
        if (decisions % 3 != 2) {
            var doneAt = heldAt.plus(Duration.ofDays(DONE_AFTER - 4 + random.nextInt(8)));
            var by = viewer(owner, ownerRole);
            timeline.take(doneAt.minus(Duration.ofDays(2)), () -> progress.start(id, Precondition.none(), by));
            if (timeline.take(
                    doneAt, () -> progress.complete(id, Precondition.none(), texts.text("meeting.done"), by))) {
                done++;
            }
        }
        decisions++;
    }

    private Instant daysAgo(int days) {
        return timeline.now().minus(Duration.ofDays(days));
    }

    private static Viewer viewer(Worker worker, Role role) {
        return new Actor(worker, role).viewer();
    }
}
