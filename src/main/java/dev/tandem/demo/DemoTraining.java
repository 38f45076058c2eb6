package dev.tandem.demo;

import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import dev.tandem.training.Competence;
import dev.tandem.training.RecordSession;
import dev.tandem.training.RequireCompetence;
import dev.tandem.training.RequirementsMatrix;
import dev.tandem.training.TrainingClearance;
import dev.tandem.training.TrainingLog;
import dev.tandem.training.TrainingResult;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The demo plant's training: what each trade and role requires, and everyone's records of it as sign-in sheets of
 * weekly sessions over the competences' periods. Most people are valid; some expire within 30 days, some have
 * expired, a few never took a course or failed it.
 */
final class DemoTraining {

    /** What every trade requires. */
    private static final List<String> EVERY_TRADE = List.of("INDUCTION", "OHS_B");

    /** What a trade requires beyond that, by its key. */
    private static final Map<String, List<String>> BY_TRADE = Map.ofEntries(
            Map.entry("scaffolder", List.of("WORK_AT_HEIGHT", "PPE")),
            Map.entry("scaffoldingInspector", List.of("WORK_AT_HEIGHT")),
            Map.entry("rigger", List.of("WORK_AT_HEIGHT", "OHS_V")),
            Map.entry("insulationFitter", List.of("WORK_AT_HEIGHT")),
            Map.entry("sheetMetalWorker", List.of("WORK_AT_HEIGHT")),
            Map.entry("welder", List.of("HOT_WORK", "PPE")),
            Map.entry("gasCutter", List.of("HOT_WORK", "PPE")),
            Map.entry("bricklayer", List.of("HOT_WORK", "CONFINED_SPACE")),
            Map.entry("gunningOperator", List.of("CONFINED_SPACE", "PPE")),
            Map.entry("industrialCleaner", List.of("CONFINED_SPACE")),
            Map.entry("vacuumTruckOperator", List.of("CONFINED_SPACE")),
            Map.entry("gasSafetyTechnician", List.of("CONFINED_SPACE", "FIRST_AID", "OHS_V")),
            Map.entry("cokeOvenOperator", List.of("CONFINED_SPACE", "PPE")),
            Map.entry("electrician", List.of("OHS_V", "FIRST_AID")),
            Map.entry("cableJointer", List.of("OHS_V")),
            Map.entry("commissioningEngineer", List.of("OHS_V")),
            Map.entry("powerPlantOperator", List.of("OHS_V")),
            Map.entry("mobileCraneOperator", List.of("OHS_V")),
            Map.entry("overheadCraneOperator", List.of("OHS_V", "WORK_AT_HEIGHT")),
            Map.entry("slinger", List.of("OHS_V")),
            Map.entry("blastFurnaceOperator", List.of("PPE", "FIRST_AID")),
            Map.entry("converterOperator", List.of("PPE", "FIRST_AID")),
            Map.entry("sinterPlantOperator", List.of("PPE")),
            Map.entry("rollingMillOperator", List.of("PPE")),
            Map.entry("demolitionOperative", List.of("HOT_WORK", "WORK_AT_HEIGHT")));

    /** What a role requires: a line manager mentors contractors. */
    private static final Map<Role, List<String>> BY_ROLE = Map.of(
            Role.LINE_MANAGER, List.of("OHS_A", "MENTOR_STANDARDS", "MENTOR_COMMUNICATION", "MENTOR_RISK"),
            Role.CONTRACTOR_SUPERVISOR, List.of("OHS_A"),
            Role.HSE_SPECIALIST, List.of("OHS_A", "FIRST_AID"));

    /** The largest sheet of one session. */
    private static final int SHEET = 400;

    private final RequirementsMatrix requirements;
    private final TrainingClearance clearance;
    private final TrainingLog log;
    private final Map<String, Competence> competences;
    private final Map<UUID, Competence> byId;
    private final DemoTexts texts;
    private final Random random;
    private final LocalDate today;
    private final Viewer safetyDepartment;
    private int sequence;

    DemoTraining(
            DemoServices services, DemoTexts texts, long seed, LocalDate today, DemoSafetyYear.Worker headOfSafety) {
        this.requirements = services.trainingRequirements();
        this.clearance = services.clearance();
        this.log = services.training();
        this.competences = services.competences().current().stream()
                .collect(Collectors.toMap(Competence::code, Function.identity()));
        this.byId = competences.values().stream().collect(Collectors.toMap(Competence::id, Function.identity()));
        this.texts = texts;
        this.random = new Random(seed);
        this.today = today;
        this.safetyDepartment = new DemoActionPlans.Actor(headOfSafety, Role.HSE_SPECIALIST).viewer();
    }

    /** How many requirements, sessions and records the demo wrote. */
    record Counts(int requirements, int sessions, int records) {}

    /** The requirements of the trades (as {@code trades} names them) and roles, then everyone's records. */
    Counts generate(Map<String, String> trades, DemoWorkingPeriods periods) {
        int required = require(trades);
        int records = 0;
        var sessions = sessions(periods);
        for (var session : sessions) {
            log.recordSession(session, safetyDepartment);
            records += session.attendees().size();
        }
        return new Counts(required, sessions.size(), records);
    }

    /** How many people's requirements are read at once. */
    private static final int BATCH = 2000;

    /**
     * Everyone's courses as the sign-in sheets of sessions (at most {@link #SHEET} lines each), drawn for every
     * competence required of them, a contractor's people's while it worked at the plant: the records of the plant,
     * written through the training log or in bulk.
     */
    List<RecordSession> sessions(DemoWorkingPeriods periods) {
        var people = periods.workers();
        var sheets = new LinkedHashMap<Sheet, List<RecordSession.Attendee>>();
        for (int from = 0; from < people.size(); from += BATCH) {
            var batch = people.subList(from, Math.min(people.size(), from + BATCH));
            var required = clearance.requiredOf(
                    batch.stream().map(DemoSafetyYear.Worker::personId).toList());
            for (var person : batch) {
                required.getOrDefault(person.personId(), java.util.Set.of()).stream()
                        .map(this::competence)
                        .sorted(java.util.Comparator.comparing(Competence::code))
                        .forEach(competence -> attend(sheets, person, competence, periods));
            }
        }
        var sessions = new ArrayList<RecordSession>();
        for (var sheet : sheets.entrySet()) {
            var attendees = sheet.getValue();
            for (int from = 0; from < attendees.size(); from += SHEET) {
                sessions.add(session(
                        sheet.getKey(),
                        List.copyOf(attendees.subList(from, Math.min(attendees.size(), from + SHEET)))));
            }
        }
        return sessions;
    }

    /** The requirements of the trades (as {@code trades} names them) and roles, through the requirements matrix. */
    int require(Map<String, String> trades) {
        int required = 0;
        var positions = new HashSet<String>();
        for (var trade : trades.entrySet()) {
            if (!positions.add(trade.getValue())) {
                continue;
            }
            var codes = new ArrayList<>(EVERY_TRADE);
            codes.addAll(BY_TRADE.getOrDefault(trade.getKey(), List.of()));
            for (var code : codes) {
                requirements.require(
                        id("requirement"),
                        new RequireCompetence(competences.get(code).id(), trade.getValue(), null, null),
                        safetyDepartment);
                required++;
            }
        }
        for (var role : BY_ROLE.entrySet()) {
            for (var code : role.getValue()) {
                requirements.require(
                        id("requirement"),
                        new RequireCompetence(competences.get(code).id(), null, role.getKey(), null),
                        safetyDepartment);
                required++;
            }
        }
        return required;
    }

    /** A course on one Monday on one site. */
    private record Sheet(Competence competence, UUID siteId, LocalDate monday) {}

    /** Every course is held on a Monday every four weeks, back from this week's. */
    private static final int WEEKS_BETWEEN_SESSIONS = 4;

    /**
     * Puts the person on the sheet of a session that leaves them valid (most), expiring within 30 days, expired (up to
     * four months ago), or failed; or on none (missing). A contractor's people attend while it works at the plant: the
     * latest session then when none of that time leaves them as the lot says, none when it never came.
     */
    private void attend(
            Map<Sheet, List<RecordSession.Attendee>> sheets,
            DemoSafetyYear.Worker person,
            Competence competence,
            DemoWorkingPeriods periods) {
        int lot = random.nextInt(100);
        if (lot < 5) {
            return;
        }
        int months = competence.validityMonths() == null ? 36 : competence.validityMonths();
        var candidates = new ArrayList<LocalDate>();
        LocalDate latest = null;
        var monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (;
                !monday.plusMonths(months).isBefore(today.minusDays(120));
                monday = monday.minusWeeks(WEEKS_BETWEEN_SESSIONS)) {
            if (!periods.works(person.organisationId(), monday)) {
                continue;
            }
            latest = latest == null ? monday : latest;
            var expiry = monday.plusMonths(months);
            boolean fits = lot < 80
                    ? expiry.isAfter(today.plusDays(45))
                    : lot < 90 ? expiry.isAfter(today) && !expiry.isAfter(today.plusDays(30)) : expiry.isBefore(today);
            if (fits) {
                candidates.add(monday);
            }
        }
        if (latest == null) {
            return;
        }
        var held = candidates.isEmpty() ? latest : candidates.get(random.nextInt(candidates.size()));
        var result = lot >= 98 ? TrainingResult.FAILED : TrainingResult.PASSED;
        sheets.computeIfAbsent(new Sheet(competence, person.siteId(), held), sheet -> new ArrayList<>())
                .add(new RecordSession.Attendee(person.personId(), result));
    }

    private RecordSession session(Sheet sheet, List<RecordSession.Attendee> attendees) {
        var external = sheet.competence().code().startsWith("OHS")
                || sheet.competence().mentor();
        return new RecordSession(
                id("session"),
                sheet.competence().id(),
                sheet.monday(),
                texts.text(external ? "training.trainer.external" : "training.trainer.plant"),
                texts.text(external ? "training.provider.external" : "training.provider.plant"),
                texts.text("training.sheet", sheet.monday().getYear(), 100 + sequence),
                attendees);
    }

    /**
     * The mentor's course (each mentor competence) that the line managers who mentor contractors attended together on
     * the day, all passing: whatever else their records say, they hold a valid mentor's qualification from then on.
     * Answers the sessions recorded.
     */
    int mentorCourse(List<UUID> mentors, LocalDate heldOn) {
        var attendees = mentors.stream()
                .distinct()
                .map(person -> new RecordSession.Attendee(person, TrainingResult.PASSED))
                .toList();
        var mentorCompetences = competences.values().stream()
                .filter(Competence::mentor)
                .sorted(java.util.Comparator.comparing(Competence::code))
                .toList();
        int sessions = 0;
        for (var competence : mentorCompetences) {
            for (int from = 0; from < attendees.size(); from += SHEET) {
                var sheet = List.copyOf(attendees.subList(from, Math.min(attendees.size(), from + SHEET)));
                log.recordSession(session(new Sheet(competence, null, heldOn), sheet), safetyDepartment);
                sessions++;
            }
        }
        return sessions;
    }

    /** A competence of the catalogue, by its id. */
    Competence competence(UUID id) {
        return byId.get(id);
    }

    private UUID id(String kind) {
        return UUID.nameUUIDFromBytes(
                ("demo-training-" + kind + "-" + sequence++).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
