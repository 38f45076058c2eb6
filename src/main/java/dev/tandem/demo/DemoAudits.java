package dev.tandem.demo;

import dev.tandem.action.ActionPlanning;
import dev.tandem.action.ActionProgress;
import dev.tandem.audit.Cadence;
import dev.tandem.audit.InspectionKind;
import dev.tandem.audit.InspectionWork.AnswerInspection;
import dev.tandem.audit.PlanSchedule;
import dev.tandem.audit.RaiseFinding;
import dev.tandem.audit.StartInspection;
import dev.tandem.demo.DemoActionPlans.Actor;
import dev.tandem.demo.DemoActionPlans.Staff;
import dev.tandem.demo.DemoChecklists.Sheet;
import dev.tandem.demo.DemoSafetyYear.Worker;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Role;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A year of checklists at the demo plant, written through the audit module as its people would have done it, each
 * step at its own moment: the safety department publishes five checklists (the crane check gains a question half a
 * year in, so older inspections keep its first version), plans a weekly crane check on each site for a crane
 * operators and a monthly 5S round for some areas' managers; the slots fall due week by week and are done on time,
 * late or not at all; hot-work sites and confined-space entries are checked as the work comes; every contractor is
 * audited each quarter; and the contractors' supervisors start joint inspections with the areas' managers, more often
 * as partnership takes hold, both signing. Failed items become findings whose actions are carried out and verified,
 * most on time, a few left overdue.
 */
final class DemoAudits {

    /** What the year of inspections came to. */
    record Counts(int checklists, int schedules, int inspections, int missed, int joint, int audits, int findings) {}

    private static final int DAYS = 365;
    private static final String CRANE = "crane";
    private static final String FIVE_S = "fiveS";

    /** How long the actions of an inspection's findings take at most, from the inspection to their verification. */
    private static final Duration FINDINGS_TAKE = Duration.ofDays(30);

    /** A schedule's checklist, who does its inspections and who owns their findings' actions. */
    private record Assignment(Sheet sheet, Actor conductor, Actor findingsOwner) {}

    private final DemoAuditServices audit;
    private final ActionPlanning actions;
    private final ActionProgress progress;
    private final DemoTimeline timeline;
    private final Staff staff;
    private final DemoChecklists checklists = DemoChecklists.read();
    private final boolean russian;
    private final Locale locale;
    private final Random random;
    private final Actor hse;
    private final Map<String, UUID> templates = new HashMap<>();
    private final Map<UUID, Assignment> assignments = new HashMap<>();
    private final DemoSignatures signatures = new DemoSignatures();
    private final Instant start;
    private int inspections;
    private int missed;
    private int joint;
    private int audits;
    private int findings;

    DemoAudits(
            DemoAuditServices audit,
            DemoServices services,
            DemoTimeline timeline,
            DemoTexts texts,
            Staff staff,
            Worker hse,
            long seed) {
        this.audit = audit;
        this.actions = services.planning();
        this.progress = services.progress();
        this.timeline = timeline;
        this.staff = staff;
        this.russian = texts.language() == DemoProperties.Language.RU;
        this.locale = russian ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
        this.random = new Random(seed);
        this.hse = new Actor(hse, Role.HSE_SPECIALIST);
        this.start = timeline.now().minus(Duration.ofDays(DAYS));
    }

    /**
     * @param operators the owner company's shop-floor people by site, who do the crane checks
     * @param areasBySite the areas of each site that have a manager, in a fixed order
     * @param logins the contractors whose supervisors sign in, who start joint inspections the most
     */
    Counts generate(Map<UUID, List<Worker>> operators, Map<UUID, List<UUID>> areasBySite, List<UUID> logins) {
        publish();
        int schedules = plan(operators, areasBySite);
        fallDue();
        adHoc(areasBySite);
        auditContractors();
        jointInspections(areasBySite, logins);
        return new Counts(templates.size(), schedules, inspections, missed, joint, audits, findings);
    }

    private void publish() {
        int n = 0;
        var published = start.minus(Duration.ofDays(14));
        for (var sheet : checklists.sheets()) {
            var id = DemoRun.id("checklist", n++);
            templates.put(sheet.key(), id);
            timeline.at(published, () -> {
                audit.checklists().draft(id, sheet.definition(russian, false), hse.viewer());
                return audit.checklists().publish(id, Precondition.none(), hse.viewer());
            });
        }
    }

    /** Half a year in, the crane check gains a question: slots that fall due from then on ask its second version. */
    private void revise(Instant at) {
        var crane = checklists.sheet(CRANE);
        timeline.at(at, () -> {
            audit.checklists()
                    .revise(templates.get(CRANE), Precondition.none(), crane.definition(russian, true), hse.viewer());
            return audit.checklists().publish(templates.get(CRANE), Precondition.none(), hse.viewer());
        });
    }

    /** The crane checks every Monday morning on each site, the 5S rounds on the 5th of each month in a site's area. */
    private int plan(Map<UUID, List<Worker>> operators, Map<UUID, List<UUID>> areasBySite) {
        int n = 0;
        var planned = start.minus(Duration.ofDays(7));
        for (var site : areasBySite.keySet()) {
            var area = areasBySite.get(site).get(0);
            var manager = new Actor(staff.areaManagers().get(area), Role.LINE_MANAGER);
            var crew = operators.get(site);
            if (crew != null && !crew.isEmpty()) {
                var operator = new Actor(crew.get(random.nextInt(crew.size())), Role.WORKER);
                var crane = new PlanSchedule(
                        DemoRun.id("inspection-schedule", n++),
                        templates.get(CRANE),
                        site,
                        area,
                        null,
                        Cadence.Frequency.WEEKLY,
                        "08:00",
                        DayOfWeek.MONDAY,
                        null,
                        Role.WORKER,
                        null);
                var schedule = timeline.at(planned, () -> audit.planning().plan(crane, hse.viewer()));
                assignments.put(schedule.record().id(), new Assignment(checklists.sheet(CRANE), operator, manager));
            }
            var round = new PlanSchedule(
                    DemoRun.id("inspection-schedule", n++),
                    templates.get(FIVE_S),
                    site,
                    area,
                    null,
                    Cadence.Frequency.MONTHLY,
                    "10:00",
                    null,
                    5,
                    null,
                    manager.worker().personId());
            var schedule = timeline.at(planned, () -> audit.planning().plan(round, manager.viewer()));
            assignments.put(schedule.record().id(), new Assignment(checklists.sheet(FIVE_S), manager, manager));
        }
        return n;
    }

    /** Lets each slot fall due at its moment and does its inspection on time, late or not at all. */
    private void fallDue() {
        var slots = new TreeMap<Instant, Boolean>();
        for (var id : assignments.keySet()) {
            var schedule = audit.planning().schedule(id, hse.viewer());
            var cadence = schedule.cadenceRule();
            for (var slot = schedule.nextSlotAt();
                    timeline.hasHappened(slot);
                    slot = cadence.after(slot, DemoCatalogue.ZONE)) {
                slots.put(slot, true);
            }
        }
        var revision = start.plus(Duration.ofDays(DAYS / 2));
        for (var slot : slots.keySet()) {
            if (revision != null && slot.isAfter(revision)) {
                revise(revision);
                revision = null;
            }
            var made = timeline.at(slot, () -> audit.scheduled().makeDue(Clock.fixed(slot, DemoCatalogue.ZONE)));
            for (var id : made) {
                var inspection = audit.work().inspection(id, hse.viewer());
                var assignment = assignments.get(inspection.slot().scheduleId());
                double progress = progress(slot);
                double late = random.nextDouble();
                if (late < 0.09 - 0.05 * progress) {
                    missed++;
                    continue;
                }
                var at = late < 0.17 - 0.07 * progress
                        ? timeline.hoursAfter(inspection.slot().dueAt(), 2, 30)
                        : timeline.hoursAfter(slot, 1, 6);
                conduct(id, assignment.sheet(), assignment.conductor(), assignment.findingsOwner(), null, at);
            }
        }
    }

    /** Hot-work sites checked about once a month on each site, confined spaces every other month, often a contractor's. */
    private void adHoc(Map<UUID, List<UUID>> areasBySite) {
        var sites = new ArrayList<>(areasBySite.keySet());
        for (int day = DAYS; day >= 1; day--) {
            for (var key : List.of("hotWork", "confinedSpace")) {
                double perDay = sites.size() * (key.equals("hotWork") ? 1.0 : 0.6) / 30;
                if (random.nextDouble() >= perDay) {
                    continue;
                }
                var site = sites.get(random.nextInt(sites.size()));
                var areas = areasBySite.get(site);
                var area = areas.get(random.nextInt(areas.size()));
                var manager = new Actor(staff.areaManagers().get(area), Role.LINE_MANAGER);
                var at = dayAt(day, 8, 16);
                var contractor = random.nextBoolean() ? contractorOn(site, at) : null;
                var owner = contractor == null ? manager : new Actor(contractor, Role.CONTRACTOR_SUPERVISOR);
                var id = DemoRun.id("inspection", inspections);
                var startInspection = new StartInspection(
                        id,
                        templates.get(key),
                        site,
                        area,
                        contractor == null ? null : contractor.organisationId(),
                        null,
                        null,
                        InspectionKind.INSPECTION,
                        null);
                timeline.at(at, () -> audit.work().start(startInspection, manager.viewer()));
                conduct(id, checklists.sheet(key), manager, owner, null, timeline.minutesAfter(at, 2, 10));
            }
        }
    }

    /**
     * Every contractor audited each quarter it worked at the plant by the safety department; some improve over the
     * year, a few do not.
     */
    private void auditContractors() {
        var supervisors = new ArrayList<>(staff.supervisors().values());
        supervisors.sort(Comparator.comparing(Worker::personId));
        for (var supervisor : supervisors) {
            var owner = new Actor(supervisor, Role.CONTRACTOR_SUPERVISOR);
            for (int quarter = 0; quarter < 4; quarter++) {
                int day = DAYS - 10 - 90 * quarter - random.nextInt(20);
                var at = dayAt(day, 9, 14);
                if (!worksThroughFindings(supervisor, at)) {
                    continue;
                }
                var id = DemoRun.id("inspection", inspections);
                var startAudit = new StartInspection(
                        id,
                        templates.get("contractorAudit"),
                        supervisor.siteId(),
                        null,
                        supervisor.organisationId(),
                        null,
                        null,
                        InspectionKind.CONTRACTOR_AUDIT,
                        null);
                var auditor = new Actor(
                        staff.safetyDepartment()
                                .get(random.nextInt(staff.safetyDepartment().size())),
                        Role.HSE_SPECIALIST);
                timeline.at(at, () -> audit.work().start(startAudit, auditor.viewer()));
                conduct(
                        id,
                        checklists.sheet("contractorAudit"),
                        auditor,
                        owner,
                        null,
                        timeline.minutesAfter(at, 5, 30));
                audits++;
            }
        }
    }

    /**
     * Joint inspections started by the contractors' supervisors with the area's manager: each contractor's first with
     * its mentor in its onboarding month; then those whose supervisors sign in from the third month, monthly, the
     * others from the seventh, every other month or so, while they work at the plant.
     */
    private void jointInspections(Map<UUID, List<UUID>> areasBySite, List<UUID> logins) {
        var periods = staff.periods();
        for (var tenure : periods.tenures()) {
            int day = tenure.firstJointInspection();
            var supervisor = tenure.contractor().supervisor();
            if (tenure.story().engaged() && day >= 1 && day < DAYS) {
                var site = areasBySite.entrySet().stream()
                        .filter(areas -> areas.getValue().contains(tenure.area()))
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElseThrow();
                var mentor = new Actor(tenure.mentor(), Role.LINE_MANAGER);
                joint(site, supervisor, tenure.area(), mentor, dayAt(day, 9, 15));
            }
        }
        var supervisors = new ArrayList<>(staff.supervisors().values());
        supervisors.sort(Comparator.comparing(Worker::personId));
        for (var supervisor : supervisors) {
            var areas = areasBySite.get(supervisor.siteId());
            if (areas == null) {
                continue;
            }
            var first = periods.firstJointInspection(supervisor.organisationId());
            boolean signsIn = logins.contains(supervisor.organisationId());
            for (int month = signsIn ? 2 : 6; month < 12; month++) {
                if (!signsIn && random.nextDouble() < 0.5) {
                    continue;
                }
                int day = DAYS - 30 * month - random.nextInt(25);
                if (day < 1) {
                    continue;
                }
                var at = dayAt(day, 9, 15);
                if (!worksThroughFindings(supervisor, at)
                        || first.map(firstAt -> at.isBefore(firstAt.plus(Duration.ofDays(7))))
                                .orElse(false)) {
                    continue;
                }
                var area = areas.get(random.nextInt(areas.size()));
                var manager = new Actor(staff.areaManagers().get(area), Role.LINE_MANAGER);
                joint(supervisor.siteId(), supervisor, area, manager, at);
            }
        }
    }

    /** A joint inspection the contractor's supervisor starts in the area with its manager, both signing. */
    private void joint(UUID site, Worker supervisor, UUID area, Actor manager, Instant at) {
        var contractor = new Actor(supervisor, Role.CONTRACTOR_SUPERVISOR);
        var key = random.nextBoolean() ? FIVE_S : "hotWork";
        var id = DemoRun.id("inspection", inspections);
        var startJoint =
                new StartInspection(id, templates.get(key), site, area, null, null, null, InspectionKind.JOINT, null);
        timeline.at(at, () -> audit.work().start(startJoint, contractor.viewer()));
        conduct(id, checklists.sheet(key), contractor, random.nextBoolean() ? contractor : manager, manager, at);
        joint++;
    }

    /**
     * Whether the supervisor's firm works at the plant from the moment until the actions of its findings would be
     * verified (within some four weeks), so that none is left to a contractor that has gone.
     */
    private boolean worksThroughFindings(Worker supervisor, Instant at) {
        return staff.periods().works(supervisor.organisationId(), at, at.plus(FINDINGS_TAKE));
    }

    /**
     * Answers the inspection (a question its conditions show only when earlier answers call for it), records a finding
     * for every failed answer that requires an action and for some others, has a joint one signed by both sides, and
     * completes it.
     *
     * @param countersigner the owner company's side of a joint inspection; null for any other
     */
    private void conduct(UUID id, Sheet sheet, Actor conductor, Actor owner, Actor countersigner, Instant at) {
        inspections++;
        if (!timeline.hasHappened(at)) {
            return;
        }
        var viewer = conductor.viewer();
        var inspection = audit.work().inspection(id, viewer);
        var version = audit.work().checklist(inspection);
        double failing = 0.08 - 0.05 * progress(at);
        var items = sheet.asked(inspection.templateVersion() > 1);
        var answers = new LinkedHashMap<String, String>();
        var notes = new HashMap<String, String>();
        var conditional = new ArrayList<DemoChecklists.Item>();
        for (var item : items) {
            if (item.show() != null) {
                conditional.add(item);
                continue;
            }
            give(item, failing, answers, notes);
        }
        var answered = timeline.at(
                at, () -> audit.work().answer(id, Precondition.none(), new AnswerInspection(answers, notes), viewer));
        if (!conditional.isEmpty()) {
            var shown = answered.states(version).stream()
                    .filter(state -> state.shown())
                    .map(state -> state.question().name())
                    .toList();
            var more = new LinkedHashMap<String, String>();
            var moreNotes = new HashMap<String, String>();
            conditional.stream()
                    .filter(item -> shown.contains(item.name()))
                    .forEach(item -> give(item, failing, more, moreNotes));
            if (!more.isEmpty()) {
                answered = timeline.at(timeline.minutesAfter(at, 1, 3), () -> audit.work()
                        .answer(id, Precondition.none(), new AnswerInspection(more, moreNotes), viewer));
            }
        }
        var findingAt = timeline.minutesAfter(at, 3, 15);
        for (var state : answered.states(version)) {
            if (state.shown() && (state.needsAction() || (state.failed() && random.nextDouble() < 0.3))) {
                raise(id, state.question().name(), state.question().label(locale), notes, owner, findingAt);
            }
        }
        var done = timeline.minutesAfter(findingAt, 10, 40);
        if (countersigner != null) {
            timeline.at(done, () -> audit.signatures().sign(id, signatures.of(conductor.worker()), viewer));
            timeline.at(done, () -> audit.signatures()
                    .sign(id, signatures.of(countersigner.worker()), countersigner.viewer()));
        }
        timeline.at(done, () -> audit.work().complete(id, Precondition.none(), viewer));
    }

    private void give(
            DemoChecklists.Item item, double failing, Map<String, String> answers, Map<String, String> notes) {
        boolean fails = item.canFail() && random.nextDouble() < failing;
        var answer = item.answer(fails, russian, random);
        if (answer != null) {
            answers.put(item.name(), answer);
        }
        if (fails) {
            notes.put(item.name(), checklists.note(russian, random));
        }
    }

    /**
     * Records the finding and carries its action out: started within two days, done before or a little after its due
     * day and verified by the safety department; about one in fourteen is left undone (overdue once its day passes).
     */
    private void raise(UUID id, String question, String label, Map<String, String> notes, Actor owner, Instant at) {
        var due = LocalDate.ofInstant(at, DemoCatalogue.ZONE).plusDays(7 + random.nextInt(15));
        var raise = new RaiseFinding(
                question,
                notes.get(question),
                label.length() <= 300 ? label : label.substring(0, 299) + "…",
                owner.worker().personId(),
                due);
        var finding = timeline.at(at, () -> audit.findings().raise(id, raise, owner.viewer()));
        findings++;
        if (random.nextDouble() < 0.07) {
            return;
        }
        var action = finding.actionId();
        var verifier = new Actor(
                staff.safetyDepartment()
                        .get(random.nextInt(staff.safetyDepartment().size())),
                Role.HSE_SPECIALIST);
        var started = timeline.hoursAfter(at, 2, 48);
        var completed = timeline.hoursAfter(started, 20, 24 * (8 + random.nextInt(14)));
        var verified = timeline.hoursAfter(completed, 3, 72);
        var done = checklists.done(russian, random);
        if (timeline.take(started, () -> progress.start(action, Precondition.none(), owner.viewer()))
                && timeline.take(
                        completed, () -> progress.complete(action, Precondition.none(), done, owner.viewer()))) {
            timeline.take(verified, () -> actions.verify(action, Precondition.none(), verifier.viewer()));
        }
    }

    /** A contractor's supervisor on the site, of a firm at work there from the moment until its findings are done. */
    private Worker contractorOn(UUID site, Instant at) {
        var working = staff.supervisors().values().stream()
                .filter(supervisor -> site.equals(supervisor.siteId()))
                .filter(supervisor -> worksThroughFindings(supervisor, at))
                .sorted(Comparator.comparing(Worker::personId))
                .toList();
        return working.isEmpty() ? null : working.get(random.nextInt(working.size()));
    }

    private Instant dayAt(int daysAgo, int fromHour, int toHour) {
        var day = LocalDate.ofInstant(timeline.now(), DemoCatalogue.ZONE).minusDays(daysAgo);
        var time = LocalTime.of(fromHour + random.nextInt(toHour - fromHour), random.nextInt(60));
        return day.atTime(time).atZone(DemoCatalogue.ZONE).toInstant();
    }

    /** How far into the year a moment lies, from 0 to 1. */
    private double progress(Instant at) {
        return Math.max(0, Math.min(1, Duration.between(start, at).toDays() / (double) DAYS));
    }
}
