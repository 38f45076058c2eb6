package dev.tandem.demo;

import dev.tandem.action.RaiseAction;
import dev.tandem.action.SourceType;
import dev.tandem.demo.DemoActionPlans.Actor;
import dev.tandem.demo.DemoActionPlans.Staff;
import dev.tandem.demo.DemoSafetyYear.Reported;
import dev.tandem.demo.DemoSafetyYear.Worker;
import dev.tandem.equipment.Downtime;
import dev.tandem.equipment.DowntimeFilter;
import dev.tandem.equipment.DowntimeReason;
import dev.tandem.event.EventType;
import dev.tandem.event.InjuryClass;
import dev.tandem.investigation.AddFact;
import dev.tandem.investigation.AddFishboneCause;
import dev.tandem.investigation.AddRootCause;
import dev.tandem.investigation.AddWhyChain;
import dev.tandem.investigation.InvestigatedRecord;
import dev.tandem.investigation.LessonText;
import dev.tandem.investigation.OpenInvestigation;
import dev.tandem.investigation.PlanInvestigation;
import dev.tandem.investigation.RecordKind;
import dev.tandem.investigation.RootCauseClass;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Investigations of the demo year's gravest incidents and of its worst repeated machine failure, each step at its own
 * moment through the investigation, action and lesson services: the team is named the day after the review, finds the
 * facts, asks 5 Whys, files a cause on the fishbone and a classed root cause, raises an action that is carried out and
 * verified; the investigation closes and its lesson is published (the machine's on the shop-floor screens). The latest
 * serious incident is still being investigated.
 */
final class DemoInvestigations {

    /** What the investigations came to. */
    record Counts(int investigations, int closed, int lessons) {}

    /** An investigation's story as the texts tell it. */
    private record Story(
            String title,
            List<String> facts,
            String problem,
            List<String> whys,
            String category,
            String fishboneCause,
            String rootCause,
            RootCauseClass rootClass,
            String action,
            String actionNote,
            List<String> lesson) {

        static Story of(String text) {
            var parts = text.split("\\|");
            return new Story(
                    parts[0],
                    List.of(parts[1], parts[2]),
                    parts[3],
                    List.of(parts[4], parts[5], parts[6]),
                    parts[7],
                    parts[8],
                    parts[9],
                    RootCauseClass.valueOf(parts[10]),
                    parts[11],
                    parts[12],
                    List.of(parts[13], parts[14], parts[15], parts[16]));
        }
    }

    /** The records investigated and where: the site, the area and whose work. */
    private record Subject(
            List<InvestigatedRecord> records, Instant known, Instant happened, UUID areaId, UUID contractorId) {}

    /** The injuries that make an incident grave, the gravest first. */
    private static final List<InjuryClass> GRAVEST_FIRST = List.of(
            InjuryClass.FATALITY, InjuryClass.LOST_TIME, InjuryClass.RESTRICTED_WORK, InjuryClass.MEDICAL_TREATMENT);

    /** How far back the machine's failures are looked for: a quarter that ended some four months ago. */
    private static final Duration FAILURES_FROM = Duration.ofDays(240);

    private static final Duration FAILURES_TO = Duration.ofDays(150);

    private static final int MOST_DOWNTIMES = 5;

    /** More than the plant's machines fail mechanically in a quarter. */
    private static final int MOST_FAILURES_READ = 10_000;

    private final DemoServices services;
    private final DemoTimeline timeline;
    private final DemoTexts texts;
    private final Staff staff;
    private final Actor safety;
    private int investigations;
    private int closed;
    private int lessons;

    DemoInvestigations(DemoServices services, DemoTimeline timeline, DemoTexts texts, Staff staff, Worker hse) {
        this.services = services;
        this.timeline = timeline;
        this.texts = texts;
        this.staff = staff;
        this.safety = new Actor(hse, Role.HSE_SPECIALIST);
    }

    /**
     * The gravest incidents of the reviewed events, by the class of their injury (the latest of them still open), and
     * the worst repeated failure.
     */
    Counts generate(List<Reported> events) {
        var stories = texts.list("investigation.incident");
        var chosen = events.stream()
                .filter(event -> event.type() == EventType.INCIDENT && event.reviewedAt() != null)
                .filter(event -> GRAVEST_FIRST.contains(event.injury()))
                .sorted(Comparator.<Reported>comparingInt(event -> GRAVEST_FIRST.indexOf(event.injury()))
                        .thenComparing(Reported::reviewedAt, Comparator.reverseOrder()))
                .limit(stories.size())
                .sorted(Comparator.comparing(Reported::reviewedAt))
                .toList();
        for (int n = 0; n < chosen.size(); n++) {
            var event = chosen.get(n);
            var subject = new Subject(
                    List.of(new InvestigatedRecord(RecordKind.EVENT, event.id())),
                    event.reviewedAt(),
                    event.reviewedAt().minus(Duration.ofHours(3)),
                    event.areaId(),
                    event.contractor() ? event.organisationId() : null);
            investigate(subject, Story.of(stories.get(n)), n < chosen.size() - 1, false);
        }
        worstRepeatedFailure().ifPresent(failures -> {
            var code = failures.get(0).equipmentCode();
            var subject = new Subject(
                    failures.stream()
                            .map(downtime -> new InvestigatedRecord(RecordKind.DOWNTIME, downtime.id()))
                            .toList(),
                    failures.get(0).endedAt(),
                    failures.get(0).startedAt(),
                    failures.get(0).areaId(),
                    null);
            investigate(subject, Story.of(texts.text("investigation.downtime", code)), true, true);
        });
        return new Counts(investigations, closed, lessons);
    }

    /**
     * The machine that failed mechanically most often in a quarter some months back, and its latest failures then (the
     * latest first): a chronic failure whose actions have had time to show whether they worked.
     */
    private java.util.Optional<List<Downtime>> worstRepeatedFailure() {
        var filter = new DowntimeFilter(
                null,
                null,
                null,
                DowntimeReason.MECHANICAL,
                false,
                false,
                timeline.now().minus(FAILURES_FROM),
                timeline.now().minus(FAILURES_TO),
                null);
        var byMachine =
                services
                        .downtimes()
                        .downtimes(filter, Paging.first(MOST_FAILURES_READ), Viewer.system())
                        .items()
                        .stream()
                        .filter(downtime -> downtime.endedAt() != null)
                        .collect(Collectors.groupingBy(Downtime::equipmentId));
        return byMachine.values().stream()
                .filter(failures -> failures.size() >= 2)
                .max(Comparator.<List<Downtime>>comparingInt(List::size)
                        .thenComparing(failures -> failures.get(0).equipmentCode()))
                .map(failures -> failures.stream()
                        .sorted(Comparator.comparing(Downtime::startedAt).reversed())
                        .limit(MOST_DOWNTIMES)
                        .toList());
    }

    /**
     * Opens the investigation the day after the record became known and works on it as far as the demo's now allows;
     * {@code finish} takes it to its verified action, closing and published lesson.
     */
    private void investigate(Subject subject, Story story, boolean finish, boolean onScreens) {
        var leader = staff.areaManagers().get(subject.areaId());
        if (leader == null) {
            return;
        }
        var lead = new Actor(leader, Role.LINE_MANAGER).viewer();
        var members = new ArrayList<UUID>(List.of(safety.worker().personId()));
        var id = DemoRun.id("investigation", investigations);
        var opened = subject.known().plus(Duration.ofDays(1));
        if (subject.contractorId() != null
                && staff.supervisors().containsKey(subject.contractorId())
                && staff.periods().works(subject.contractorId(), opened)) {
            members.add(staff.supervisors().get(subject.contractorId()).personId());
        }
        if (!timeline.hasHappened(opened)) {
            return;
        }
        investigations++;
        var due = LocalDate.ofInstant(opened, DemoCatalogue.ZONE).plusDays(30);
        timeline.at(opened, () -> services.investigations()
                .open(
                        new OpenInvestigation(
                                id,
                                subject.records(),
                                new PlanInvestigation(story.title(), leader.personId(), members, due)),
                        safety.viewer()));
        var known = subject.happened();
        for (int n = 0; n < story.facts().size(); n++) {
            var fact = new AddFact(known.plusSeconds(600L * n), story.facts().get(n), null);
            timeline.take(opened.plus(Duration.ofHours(2 + n)), () -> services.investigations()
                    .addFact(id, Precondition.none(), fact, List.of(), lead));
        }
        var methods = services.methods();
        timeline.take(
                opened.plus(Duration.ofDays(1)),
                () -> methods.addWhyChain(
                        id, Precondition.none(), new AddWhyChain(story.problem(), story.whys()), lead));
        if (!finish) {
            return;
        }
        timeline.take(
                opened.plus(Duration.ofDays(2)),
                () -> methods.addFishboneCause(
                        id, Precondition.none(), new AddFishboneCause(story.category(), story.fishboneCause()), lead));
        timeline.take(
                opened.plus(Duration.ofDays(2).plusHours(1)),
                () -> methods.addRootCause(
                        id, Precondition.none(), new AddRootCause(story.rootCause(), story.rootClass()), lead));
        if (actionCarriedOut(id, story, leader, opened.plus(Duration.ofDays(3)), due)) {
            finish(id, story, lead, opened.plus(Duration.ofDays(26)), onScreens);
        }
    }

    /** The action on the root cause raised, carried out by the leader and verified by the safety department. */
    private boolean actionCarriedOut(UUID investigation, Story story, Worker owner, Instant raisedAt, LocalDate due) {
        var action = DemoRun.id("investigation-action", investigations);
        var doer = new Actor(owner, Role.LINE_MANAGER).viewer();
        var raise = new RaiseAction(
                action,
                story.action(),
                null,
                SourceType.INVESTIGATION,
                investigation,
                null,
                owner.personId(),
                null,
                due,
                null);
        return timeline.take(raisedAt, () -> services.planning().raise(raise, safety.viewer()))
                && timeline.take(raisedAt.plus(Duration.ofDays(2)), () -> services.progress()
                        .start(action, Precondition.none(), doer))
                && timeline.take(raisedAt.plus(Duration.ofDays(18)), () -> services.progress()
                        .complete(action, Precondition.none(), story.actionNote(), doer))
                && timeline.take(raisedAt.plus(Duration.ofDays(21)), () -> services.planning()
                        .verify(action, Precondition.none(), safety.viewer()));
    }

    /** Closed by its leader, its lesson written and submitted by the leader and published by the safety department. */
    private void finish(UUID id, Story story, Viewer lead, Instant at, boolean onScreens) {
        if (!timeline.take(at, () -> services.closing().close(id, Precondition.none(), null, lead))) {
            return;
        }
        closed++;
        var language = texts.language().code();
        var lesson = DemoRun.id("lesson", lessons);
        var parts = story.lesson();
        var text = new LessonText(language, parts.get(0), parts.get(1), parts.get(2), parts.get(3));
        var lessonsDesk = services.lessons();
        if (timeline.take(at.plus(Duration.ofDays(1)), () -> lessonsDesk.draft(id, lesson, text, lead))
                && timeline.take(
                        at.plus(Duration.ofDays(1).plusHours(1)),
                        () -> lessonsDesk.submit(lesson, Precondition.none(), lead))
                && timeline.take(
                        at.plus(Duration.ofDays(2)),
                        () -> lessonsDesk.publish(lesson, Precondition.none(), onScreens, safety.viewer()))) {
            lessons++;
        }
    }
}
