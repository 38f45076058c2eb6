package dev.tandem.demo;

import dev.tandem.action.ActionPlanning;
import dev.tandem.action.ActionProgress;
import dev.tandem.action.RaiseAction;
import dev.tandem.action.SourceType;
import dev.tandem.demo.DemoActionPlans.Actor;
import dev.tandem.demo.DemoActionPlans.Staff;
import dev.tandem.demo.DemoSafetyYear.Worker;
import dev.tandem.risk.AcceptRisk;
import dev.tandem.risk.AssessRisk;
import dev.tandem.risk.ChooseTopRisks;
import dev.tandem.risk.HazardCategory;
import dev.tandem.risk.IdentifyRisk;
import dev.tandem.risk.Risk;
import dev.tandem.risk.RiskRegister;
import dev.tandem.risk.RiskStatus;
import dev.tandem.risk.TopRiskChoice;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The risk register of the demo steel works, written through the risk and action services as the plant's people would
 * have kept it over the past year: in every area some fifty risks, each an activity of the area combined with a hazard
 * of a category the area has (molten metal, blast-furnace gas, cranes, rail traffic, confined spaces...). Most are
 * assessed on the default matrix, some fatal; some have a compensating measure done and verified and so a residual
 * assessment (a few ELIMINATED), some a measure still open, a few are ACCEPTED by the site's director, some are due
 * for review. Each site's director then chooses the site's top-5 risks (and changes the choice once), each with a
 * roadmap of milestones: verified on time, verified late, open, and overdue.
 */
final class DemoRisks {

    /** Risks per area: 600 in the twelve areas of scale 1. */
    static final int PER_AREA = 50;

    /** Milestones on each top risk's roadmap. */
    static final int MILESTONES = 4;

    /** The hazard categories of each kind of area, by the catalogue's area codes. */
    private static final Map<String, List<String>> CATEGORIES = Map.ofEntries(
            Map.entry("BF2", List.of("MOLTEN_METAL", "GAS", "LIFTING", "CONFINED_SPACE", "HOT_WORK", "WORK_AT_HEIGHT")),
            Map.entry(
                    "BOF", List.of("MOLTEN_METAL", "LIFTING", "GAS", "HOT_WORK", "ENERGY_ISOLATION", "WORK_AT_HEIGHT")),
            Map.entry(
                    "SNT", List.of("MOVING_MACHINERY", "ENERGY_ISOLATION", "CONFINED_SPACE", "WORK_AT_HEIGHT", "GAS")),
            Map.entry("CB1", List.of("GAS", "WORK_AT_HEIGHT", "HOT_WORK", "MOVING_MACHINERY", "CONFINED_SPACE")),
            Map.entry("OXY", List.of("GAS", "CONFINED_SPACE", "ENERGY_ISOLATION", "ELECTRICAL", "HOT_WORK")),
            Map.entry("PWR", List.of("ELECTRICAL", "GAS", "ENERGY_ISOLATION", "CONFINED_SPACE", "WORK_AT_HEIGHT")),
            Map.entry("HSM", List.of("MOVING_MACHINERY", "LIFTING", "ENERGY_ISOLATION", "ELECTRICAL", "HOT_WORK")),
            Map.entry(
                    "CRM", List.of("MOVING_MACHINERY", "CONFINED_SPACE", "ENERGY_ISOLATION", "LIFTING", "ELECTRICAL")),
            Map.entry("MWS", List.of("HOT_WORK", "LIFTING", "MOVING_MACHINERY", "ELECTRICAL", "WORK_AT_HEIGHT")),
            Map.entry("WHS", List.of("LIFTING", "TRAFFIC", "WORK_AT_HEIGHT", "MOVING_MACHINERY", "ELECTRICAL")),
            Map.entry("RLY", List.of("TRAFFIC", "ENERGY_ISOLATION", "MOVING_MACHINERY", "WORK_AT_HEIGHT", "LIFTING")),
            Map.entry("SLG", List.of("MOLTEN_METAL", "TRAFFIC", "MOVING_MACHINERY", "GAS", "HOT_WORK")));

    /** The severity of a category's three hazards, worst first; the first of each can kill. */
    private static final int[] SEVERITIES = {5, 4, 3};

    private static final int ACTIVITIES = 5;

    /** What happens to a risk after it is entered. */
    private enum Path {
        IDENTIFIED,
        ASSESSED,
        MEASURE_OPEN,
        MEASURE_VERIFIED,
        ACCEPTED
    }

    /** How many of each the register holds, for the log and the tests. */
    record Counts(int risks, int fatal, int verifiedMeasures, int eliminated, int accepted, int milestones) {}

    private final RiskRegister register;
    private final TopRiskChoice topRisks;
    private final ActionPlanning planning;
    private final ActionProgress progress;
    private final Map<String, HazardCategory> categories;
    private final DemoTimeline timeline;
    private final DemoTexts texts;
    private final Staff staff;
    private final Random random;
    private final Map<UUID, List<Entered>> bySite = new LinkedHashMap<>();
    private Map<UUID, Worker> siteDirectors = Map.of();
    private int risks;
    private int fatal;
    private int verified;
    private int eliminated;
    private int accepted;
    private int actions;

    /** A risk as entered, for the choice of the top five. */
    private record Entered(UUID id, UUID areaId, Worker manager, boolean fatal, int score, RiskStatus status) {}

    DemoRisks(DemoServices services, DemoTimeline timeline, DemoTexts texts, Staff staff, long seed) {
        this.register = services.risks();
        this.topRisks = services.topRisks();
        this.planning = services.planning();
        this.progress = services.progress();
        this.categories = services.hazards().current().stream()
                .collect(Collectors.toMap(HazardCategory::code, Function.identity()));
        this.timeline = timeline;
        this.texts = texts;
        this.staff = staff;
        this.random = new Random(seed);
    }

    /**
     * Enters the risks of the first {@code areas} areas (the {@code n}-th of the kind {@code kind.apply(n)}), then has
     * each site's director choose its top five and plan their roadmaps.
     */
    Counts generate(int areas, Function<Integer, String> kind, Map<UUID, Worker> directors) {
        siteDirectors = Map.copyOf(directors);
        for (int n = 0; n < areas; n++) {
            var areaId = DemoRun.id("area", n);
            var manager = staff.areaManagers().get(areaId);
            var areaKind = kind.apply(n);
            for (var combination : combinations(areaKind)) {
                enter(areaId, areaKind, manager, combination);
            }
        }
        int milestones = 0;
        for (var site : bySite.entrySet()) {
            milestones += chooseTopFive(site.getKey(), site.getValue(), siteDirectors.get(site.getKey()));
        }
        return new Counts(risks, fatal, verified, eliminated, accepted, milestones);
    }

    private record Combination(int activity, String category, int hazard) {}

    /** {@link #PER_AREA} of the area's activities combined with its categories' hazards, none twice. */
    private List<Combination> combinations(String kind) {
        var all = new ArrayList<Combination>();
        for (int activity = 1; activity <= ACTIVITIES; activity++) {
            for (var category : CATEGORIES.get(kind)) {
                for (int hazard = 1; hazard <= SEVERITIES.length; hazard++) {
                    all.add(new Combination(activity, category, hazard));
                }
            }
        }
        Collections.shuffle(all, random);
        return List.copyOf(all.subList(0, Math.min(PER_AREA, all.size())));
    }

    private void enter(UUID areaId, String areaKind, Worker manager, Combination combination) {
        var kind = combination.category() + "." + combination.hazard();
        int severity = SEVERITIES[combination.hazard() - 1];
        boolean deadly = combination.hazard() == 1 && random.nextInt(100) < 35;
        var path = path();
        var keeper = new Actor(manager, Role.LINE_MANAGER).viewer();
        int days = path == Path.MEASURE_VERIFIED || path == Path.ACCEPTED
                ? 120 + random.nextInt(240)
                : random.nextInt(360);
        var identifiedAt =
                timeline.now().minus(Duration.ofDays(days + 1)).minus(Duration.ofMinutes(random.nextInt(600)));
        var id = DemoRun.id("risk", risks++);
        var details = new IdentifyRisk(
                id,
                "R-%04d".formatted(risks),
                areaId,
                texts.text("risk.activity." + areaKind + "." + combination.activity()),
                categories.get(combination.category()).id(),
                texts.text("risk.hazard." + kind),
                texts.text("risk.event." + kind),
                texts.text("risk.consequence." + kind),
                manager.personId(),
                reviewDate(identifiedAt),
                deadly);
        var risk = timeline.at(
                identifiedAt, () -> register.identify(details, keeper).record());
        fatal += deadly ? 1 : 0;
        if (path != Path.IDENTIFIED) {
            int likelihood = deadly ? 2 + random.nextInt(2) : 1 + random.nextInt(5);
            var assessment = new AssessRisk(likelihood, severity, null);
            risk = timeline.at(
                    identifiedAt.plus(Duration.ofHours(2)),
                    () -> register.assess(id, Precondition.none(), assessment, keeper));
            risk = treat(risk, path, identifiedAt, manager);
        }
        bySite.computeIfAbsent(risk.siteId(), site -> new ArrayList<>())
                .add(new Entered(id, areaId, manager, deadly, score(risk), risk.status()));
    }

    private Path path() {
        int draw = random.nextInt(100);
        if (draw < 5) {
            return Path.IDENTIFIED;
        }
        if (draw < 23) {
            return Path.MEASURE_VERIFIED;
        }
        if (draw < 31) {
            return Path.MEASURE_OPEN;
        }
        if (draw < 34) {
            return Path.ACCEPTED;
        }
        return Path.ASSESSED;
    }

    /** A year after it was entered, or (for about one risk in twelve) a day already past: due for review. */
    private LocalDate reviewDate(Instant identifiedAt) {
        var today = LocalDate.ofInstant(timeline.now(), DemoCatalogue.ZONE);
        if (random.nextInt(12) == 0) {
            return today.minusDays(1 + random.nextInt(45));
        }
        return LocalDate.ofInstant(identifiedAt, DemoCatalogue.ZONE).plusYears(1);
    }

    private Risk treat(Risk risk, Path path, Instant identifiedAt, Worker manager) {
        return switch (path) {
            case MEASURE_VERIFIED -> measured(risk, identifiedAt, manager);
            case MEASURE_OPEN -> {
                var raisedAt = timeline.now().minus(Duration.ofDays(5 + random.nextInt(60)));
                var due = LocalDate.ofInstant(raisedAt, DemoCatalogue.ZONE).plusDays(20 + random.nextInt(60));
                raise(risk.id(), texts.any("risk.measure", random), raisedAt, due, manager);
                yield risk;
            }
            case ACCEPTED -> accept(risk, identifiedAt);
            default -> risk;
        };
    }

    /**
     * A measure raised, done and verified, then the residual risk assessed: ELIMINATED for about one in four (the
     * lowest cell), else MITIGATED (likelihood 2, severity one lower but at least 3: the default matrix's medium).
     */
    private Risk measured(Risk risk, Instant identifiedAt, Worker manager) {
        var raisedAt = identifiedAt.plus(Duration.ofDays(2 + random.nextInt(10)));
        var due = LocalDate.ofInstant(raisedAt, DemoCatalogue.ZONE).plusDays(30 + random.nextInt(30));
        var action = raise(risk.id(), texts.any("risk.measure", random), raisedAt, due, manager);
        var doneAt = raisedAt.plus(Duration.ofDays(10 + random.nextInt(30)));
        complete(action, raisedAt.plus(Duration.ofDays(1)), doneAt, manager);
        var verifiedAt = doneAt.plus(Duration.ofDays(1 + random.nextInt(5)));
        verify(action, verifiedAt);
        verified++;
        boolean gone = random.nextInt(4) == 0;
        var residual = gone ? new AssessRisk(1, 1, null) : new AssessRisk(2, Math.max(3, risk.severity() - 1), null);
        var keeper = new Actor(manager, Role.LINE_MANAGER).viewer();
        var after = timeline.at(
                verifiedAt.plus(Duration.ofHours(3)),
                () -> register.assessResidual(risk.id(), Precondition.none(), residual, keeper));
        eliminated += after.status() == RiskStatus.ELIMINATED ? 1 : 0;
        return after;
    }

    private Risk accept(Risk risk, Instant identifiedAt) {
        var director = siteDirectors.get(risk.siteId());
        if (director == null) {
            return risk;
        }
        var acceptance = new AcceptRisk(texts.any("risk.acceptance", random));
        accepted++;
        return timeline.at(
                identifiedAt.plus(Duration.ofDays(7 + random.nextInt(30))),
                () -> register.accept(
                        risk.id(), Precondition.none(), acceptance, new Actor(director, Role.DIRECTOR).viewer()));
    }

    /**
     * The director chooses the five worst risks still open (fatal first, then by the assessed cell), having first
     * chosen them in another order; each gets a roadmap of {@link #MILESTONES} milestones. Answers how many.
     */
    private int chooseTopFive(UUID siteId, List<Entered> entered, Worker director) {
        var open = entered.stream()
                .filter(risk -> risk.status() == RiskStatus.ASSESSED)
                .sorted(Comparator.comparing(Entered::fatal)
                        .thenComparingInt(Entered::score)
                        .reversed()
                        .thenComparing(Entered::id))
                .toList();
        var top = distinctAreas(open);
        if (director == null || top.isEmpty()) {
            return 0;
        }
        var viewer = new Actor(director, Role.DIRECTOR).viewer();
        var first = new ArrayList<>(top.stream().map(Entered::id).toList());
        Collections.reverse(first);
        timeline.at(
                timeline.now().minus(Duration.ofDays(100)),
                () -> topRisks.choose(siteId, Precondition.none(), new ChooseTopRisks(first), viewer));
        var ranked = top.stream().map(Entered::id).toList();
        timeline.at(
                timeline.now().minus(Duration.ofDays(92)),
                () -> topRisks.choose(siteId, Precondition.none(), new ChooseTopRisks(ranked), viewer));
        int milestones = 0;
        for (int rank = 0; rank < top.size(); rank++) {
            milestones += roadmap(top.get(rank), rank);
        }
        return milestones;
    }

    /** The five worst, from as many areas as there are before a second one of an area is taken. */
    private static List<Entered> distinctAreas(List<Entered> worstFirst) {
        var chosen = new ArrayList<Entered>();
        var areas = new HashMap<UUID, Integer>();
        for (int round = 1; chosen.size() < 5 && round <= 5; round++) {
            for (var risk : worstFirst) {
                if (chosen.size() < 5 && !chosen.contains(risk) && areas.getOrDefault(risk.areaId(), 0) < round) {
                    chosen.add(risk);
                    areas.merge(risk.areaId(), 1, Integer::sum);
                }
            }
        }
        return chosen;
    }

    /**
     * The roadmap of the risk at {@code rank} (from 0), raised 85 days ago: milestones due 60 and 20 days ago and in 15
     * and 60 days. The first is verified on time, except on the fifth roadmap where it was verified six days late; the
     * second is verified on time on the first and third, left open (overdue) on the second, done but not verified on
     * the fourth, in progress on the fifth; the third is verified early on the first; the rest are open.
     */
    private int roadmap(Entered risk, int rank) {
        var raisedAt = timeline.now().minus(Duration.ofDays(85));
        var today = LocalDate.ofInstant(timeline.now(), DemoCatalogue.ZONE);
        int[] dueIn = {-60, -20, 15, 60};
        var titles = texts.list("risk.milestone");
        for (int m = 0; m < MILESTONES; m++) {
            var due = today.plusDays(dueIn[m]);
            var title = titles.get((rank + m) % titles.size());
            var action = raise(risk.id(), title, raisedAt, due, risk.manager());
            var dueMoment = due.atTime(12, 0).atZone(DemoCatalogue.ZONE).toInstant();
            var startedAt = raisedAt.plus(Duration.ofDays(2));
            switch (m) {
                case 0 -> {
                    var verifyAt = rank == 4 ? dueMoment.plus(Duration.ofDays(6)) : dueMoment.minus(Duration.ofDays(5));
                    complete(action, startedAt, verifyAt.minus(Duration.ofDays(2)), risk.manager());
                    verify(action, verifyAt);
                }
                case 1 -> {
                    if (rank == 0 || rank == 2) {
                        complete(action, startedAt, dueMoment.minus(Duration.ofDays(6)), risk.manager());
                        verify(action, dueMoment.minus(Duration.ofDays(3)));
                    } else if (rank == 3) {
                        complete(action, startedAt, dueMoment.plus(Duration.ofDays(4)), risk.manager());
                    } else if (rank == 4) {
                        start(action, startedAt, risk.manager());
                    }
                }
                case 2 -> {
                    if (rank == 0) {
                        complete(action, startedAt, timeline.now().minus(Duration.ofDays(4)), risk.manager());
                        verify(action, timeline.now().minus(Duration.ofDays(2)));
                    } else if (rank % 2 == 1) {
                        start(action, startedAt, risk.manager());
                    }
                }
                default -> {}
            }
        }
        return MILESTONES;
    }

    private UUID raise(UUID riskId, String title, Instant at, LocalDate due, Worker owner) {
        var id = DemoRun.id("risk-action", actions++);
        var raise = new RaiseAction(id, title, null, SourceType.RISK, riskId, null, owner.personId(), null, due, null);
        var planner = new Actor(planner(owner), Role.HSE_SPECIALIST).viewer();
        timeline.at(at, () -> planning.raise(raise, planner));
        return id;
    }

    private void start(UUID action, Instant at, Worker owner) {
        var viewer = new Actor(owner, Role.LINE_MANAGER).viewer();
        timeline.at(at, () -> progress.start(action, Precondition.none(), viewer));
    }

    private void complete(UUID action, Instant startedAt, Instant doneAt, Worker owner) {
        start(action, startedAt, owner);
        var viewer = new Actor(owner, Role.LINE_MANAGER).viewer();
        var note = texts.text("risk.done");
        timeline.at(doneAt, () -> progress.complete(action, Precondition.none(), note, viewer));
    }

    /** Verified by the safety department: never by the owner, who is a line manager. */
    private void verify(UUID action, Instant at) {
        var verifier = new Actor(staff.safetyDepartment().get(0), Role.HSE_SPECIALIST).viewer();
        timeline.at(at, () -> planning.verify(action, Precondition.none(), verifier));
    }

    /** Who of the safety department raises a measure: anyone but its owner. */
    private Worker planner(Worker owner) {
        return staff.safetyDepartment().stream()
                .filter(person -> !person.equals(owner))
                .findFirst()
                .orElseThrow();
    }

    /** How bad the assessed cell is, for the order of the top five: severity first. */
    private static int score(Risk risk) {
        return risk.severity() == null ? 0 : risk.severity() * 10 + risk.likelihood();
    }
}
