package dev.tandem.demo;

import java.time.Instant;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with a steel works, its contractors, about 300 people per scale step and one login per
 * role, so that a visitor can try Tandem straight after {@code mvn spring-boot:run}. It runs once the application
 * has started but before it takes requests, and never touches a database that already holds a plant.
 */
@Component
public class DemoPlant {

    private static final Logger log = LoggerFactory.getLogger(DemoPlant.class);

    private final DemoProperties properties;
    private final DemoServices services;
    private final TransactionTemplate transactions;
    private final DemoBulk bulk;
    private final DemoAuditServices audit;
    private final DemoMeetingServices meetingServices;

    DemoPlant(
            DemoProperties properties,
            DemoServices services,
            TransactionTemplate transactions,
            DemoBulk bulk,
            DemoAuditServices audit,
            DemoMeetingServices meetingServices) {
        this.properties = properties;
        this.services = services;
        this.transactions = transactions;
        this.bulk = bulk;
        this.audit = audit;
        this.meetingServices = meetingServices;
    }

    @EventListener(ApplicationStartedEvent.class)
    void generateIntoAnEmptyDatabase() {
        if (!properties.enabled()) {
            return;
        }
        if (services.register().ownerCompany().isPresent()) {
            log.info("Demo mode: the database holds a plant already, so no demo plant is generated");
            return;
        }
        long started = System.nanoTime();
        boolean enterprise = properties.size() == DemoProperties.Size.ENTERPRISE;
        var counts = enterprise ? generate(properties.bulk()) : generate(properties.scale());
        log.info(
                "Demo mode: generated the demo plant ({}) in {} ms: {} sites, {} areas, {} organisations, "
                        + "{} people, {} logins, {} safety events, {} corrective actions",
                enterprise ? "enterprise size" : "scale " + properties.scale(),
                (System.nanoTime() - started) / 1_000_000,
                counts.sites(),
                counts.areas(),
                counts.organisations(),
                counts.people(),
                counts.users(),
                counts.events(),
                counts.actions());
    }

    /**
     * Generates the demo plant into an empty database in one transaction, so a failure leaves nothing behind. The
     * same scale always gives the same records with the same ids; only timestamps and account ids differ.
     *
     * @param scale multiplies contractors (10), areas (12) and people (300); sites grow as ceil(3 * scale)
     * @throws IllegalStateException when the database holds an owner company already
     */
    public DemoCounts generate(int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("The demo scale is at least 1, not " + scale);
        }
        return transactions.execute(status -> {
            if (services.register().ownerCompany().isPresent()) {
                throw new IllegalStateException("The demo plant needs an empty database; an owner company exists");
            }
            var catalogue = catalogue();
            var run = new DemoRun(
                    services.structure(),
                    services.register(),
                    services.accounts(),
                    DemoSize.scaled(scale),
                    false,
                    properties.password(),
                    catalogue);
            var counts = run.build();
            var people = run.people();
            var timeline = new DemoTimeline(services.clock(), Instant.now(services.clock()), DemoRun.SEED + 1);
            // when each contractor worked at the plant: every generator below gives it records of that time only
            var periods = DemoWorkingPeriods.told(people, timeline.now());
            var staff = people.staff(periods);
            var year = new DemoSafetyYear(
                    services.reporting(),
                    services.review(),
                    periods,
                    services.queries().places(),
                    run.random(),
                    timeline,
                    catalogue);
            var events = year.generate(scale);
            new DemoHours(services.hours(), run.random(), catalogue.texts())
                    .record(periods, YearMonth.now(services.clock().withZone(DemoCatalogue.ZONE)));
            long started = System.nanoTime();
            var machines = new DemoEquipment(
                    services.equipment(),
                    services.dispatch(),
                    services.structure(),
                    Instant.now(services.clock()),
                    catalogue.texts());
            machines.generate(counts.areas());
            log.info(
                    "Demo mode: {} machines with a year of dispatch data ({} state changes) in {} ms",
                    machines.machines(),
                    machines.changes(),
                    (System.nanoTime() - started) / 1_000_000);
            var owner = services.register().ownerCompany().orElseThrow().id();
            var plans = new DemoActionPlans(
                    timeline, staff, owner, new DemoActionTexts(catalogue.texts()), DemoRun.SEED + 2);
            int actions = new DemoActions(services.planning(), services.progress(), timeline, plans).generate(events);
            started = System.nanoTime();
            var risks = new DemoRisks(
                            services,
                            new DemoTimeline(services.clock(), timeline.now(), DemoRun.SEED + 7),
                            catalogue.texts(),
                            staff,
                            DemoRun.SEED + 8)
                    .generate(counts.areas(), catalogue::areaKind, people.siteDirectors());
            log.info(
                    "Demo mode: {} risks ({} fatal, {} with a verified measure, {} eliminated, {} accepted) and {}"
                            + " roadmap milestones of the sites' top-5 risks in {} ms",
                    risks.risks(),
                    risks.fatal(),
                    risks.verifiedMeasures(),
                    risks.eliminated(),
                    risks.accepted(),
                    risks.milestones(),
                    (System.nanoTime() - started) / 1_000_000);
            new DemoLatestHours(
                            services.reporting(),
                            services.planning(),
                            services.structure(),
                            timeline,
                            catalogue.texts())
                    .generate(people);
            // after the risks: it gives the fatal ones of the register their critical controls
            int checks = new DemoControls(services, timeline, catalogue.texts(), staff, DemoRun.SEED + 9)
                    .generate(12 * scale);
            log.info("Demo mode: critical controls of fatal risks with {} verifications", checks);
            started = System.nanoTime();
            var trainingLog = new DemoTraining(
                    services,
                    catalogue.texts(),
                    DemoRun.SEED + 10,
                    java.time.LocalDate.now(services.clock().withZone(DemoCatalogue.ZONE)),
                    people.login(DemoLogin.HSE));
            var training = trainingLog.generate(catalogue.tradesByKey(), periods);
            log.info(
                    "Demo mode: {} training requirements, {} sessions with {} records in {} ms",
                    training.requirements(),
                    training.sessions(),
                    training.records(),
                    (System.nanoTime() - started) / 1_000_000);
            var meetings = new DemoMeetings(
                    meetingServices,
                    services.progress(),
                    new DemoTimeline(services.clock(), timeline.now(), DemoRun.SEED + 16),
                    catalogue.texts(),
                    people.login(DemoLogin.HSE),
                    DemoRun.SEED + 17);
            var contractors = new DemoContractors(
                    services,
                    new DemoTimeline(services.clock(), timeline.now(), DemoRun.SEED + 14),
                    catalogue.texts(),
                    people,
                    periods,
                    meetings::plan);
            trainingLog.mentorCourse(contractors.mentors(), contractors.mentorCourseDay());
            contractors.generate();
            started = System.nanoTime();
            var stops = new DemoStops(services, timeline, catalogue.texts(), staff, DemoRun.SEED + 11);
            var manager = people.login(DemoLogin.MANAGER);
            var stopped = stops.generate(
                    scale,
                    people.shopFloorWorkers(),
                    people.shopFloorViewers(),
                    services.queries().places());
            stops.craneCab(people.craneOperator(people.areaOwnedBy(manager)), people.areaOwnedBy(manager), manager);
            log.info(
                    "Demo mode: {} stops of work ({} acknowledged after the ladder's first step, {} compensated with a"
                            + " risk entered, {} judged unnecessary, {} still stopped) and the crane cab in {} ms",
                    stopped.stops(),
                    stopped.escalated(),
                    stopped.compensated(),
                    stopped.unnecessary(),
                    stopped.open(),
                    (System.nanoTime() - started) / 1_000_000);
            started = System.nanoTime();
            var investigated = new DemoInvestigations(
                            services,
                            new DemoTimeline(services.clock(), timeline.now(), DemoRun.SEED + 13),
                            catalogue.texts(),
                            staff,
                            people.login(DemoLogin.HSE))
                    .generate(events);
            log.info(
                    "Demo mode: {} investigations of the gravest incidents and the worst repeated failure ({} closed, {}"
                            + " lessons learned published) in {} ms",
                    investigated.investigations(),
                    investigated.closed(),
                    investigated.lessons(),
                    (System.nanoTime() - started) / 1_000_000);
            started = System.nanoTime();
            var inspected = new DemoAudits(
                            audit,
                            services,
                            new DemoTimeline(services.clock(), timeline.now(), DemoRun.SEED + 14),
                            catalogue.texts(),
                            staff,
                            people.login(DemoLogin.HSE),
                            DemoRun.SEED + 15)
                    .generate(people.craneOperators(), people.managedAreas(), people.contractorLogins());
            log.info(
                    "Demo mode: {} checklists, {} schedules and a year of {} inspections ({} slots missed, {} joint, {}"
                            + " contractor audits, {} findings) in {} ms",
                    inspected.checklists(),
                    inspected.schedules(),
                    inspected.inspections(),
                    inspected.missed(),
                    inspected.joint(),
                    inspected.audits(),
                    inspected.findings(),
                    (System.nanoTime() - started) / 1_000_000);
            // last, so that each meeting's agenda finds the year's records of its contractor
            meetings.hold();
            var held = new DemoCommittees(
                            meetingServices,
                            services.progress(),
                            new DemoTimeline(services.clock(), timeline.now(), DemoRun.SEED + 18),
                            catalogue.texts(),
                            DemoRun.SEED + 19)
                    .generate(
                            people,
                            services.queries().places().stream()
                                    .map(site -> site.siteId())
                                    .toList());
            log.info(
                    "Demo mode: {} site safety committees with {} monthly meetings and {} decisions",
                    held.committees(),
                    held.meetings(),
                    held.decisions());
            return new DemoCounts(
                    counts.sites(),
                    counts.areas(),
                    counts.organisations(),
                    counts.people(),
                    counts.users(),
                    events.size() + DemoLatestHours.EVENTS,
                    actions + DemoLatestHours.ACTIONS);
        });
    }

    /**
     * Generates an enterprise-scale plant into an empty database: its structure, management, contractors' supervisors
     * and logins through the services as {@link #generate(int)} does, its shop floor, events, injuries, actions and
     * hours in bulk (see {@link DemoBulk}), all in one transaction; then brings the statistics up to date. The same
     * counts always give the same records with the same ids.
     *
     * @throws IllegalStateException when the database holds an owner company already
     */
    public DemoCounts generate(DemoProperties.Bulk size) {
        var counts = transactions.execute(status -> {
            if (services.register().ownerCompany().isPresent()) {
                throw new IllegalStateException("The demo plant needs an empty database; an owner company exists");
            }
            var catalogue = catalogue();
            var run = new DemoRun(
                    services.structure(),
                    services.register(),
                    services.accounts(),
                    DemoSize.of(size),
                    true,
                    properties.password(),
                    catalogue);
            var structure = run.build();
            var people = run.people();
            // the enterprise-scale plant tells no contractor's story: everyone works all the time
            var always = DemoWorkingPeriods.always(people.workers());
            var now = Instant.now(services.clock());
            var events = new DemoBulkEvents(
                    size.events(),
                    size.years(),
                    people.workers(),
                    services.queries().places(),
                    now,
                    DemoRun.SEED + 3,
                    catalogue);
            var owner = services.register().ownerCompany().orElseThrow().id();
            var plans = new DemoActionPlans(
                    new DemoTimeline(services.clock(), now, DemoRun.SEED + 5),
                    people.staff(always),
                    owner,
                    new DemoActionTexts(catalogue.texts()),
                    DemoRun.SEED + 6);
            var written = bulk.write(
                    people.shopFloor(),
                    people.workers(),
                    events,
                    plans,
                    size.actions(),
                    YearMonth.now(services.clock().withZone(DemoCatalogue.ZONE)));
            bulk.risks(
                    size,
                    services.queries().places(),
                    new DemoBulkRisks.DemoRiskContext(
                            people.staff(always),
                            people.login(DemoLogin.DIRECTOR),
                            owner,
                            now,
                            new DemoRiskTexts(catalogue.texts())));
            var training = new DemoTraining(
                    services,
                    catalogue.texts(),
                    DemoRun.SEED + 10,
                    java.time.LocalDate.ofInstant(now, DemoCatalogue.ZONE),
                    people.login(DemoLogin.HSE));
            long started = System.nanoTime();
            int required = training.require(catalogue.tradesByKey());
            var sessions = training.sessions(always);
            log.info(
                    "Demo mode: {} training requirements and {} sign-in sheets drawn in {} ms",
                    required,
                    sessions.size(),
                    (System.nanoTime() - started) / 1_000_000);
            bulk.training(new DemoBulkTraining(training, people.workers(), now), sessions);
            var zones = services.structure().siteTimes();
            bulk.meetings(
                    size.engagements(),
                    new DemoBulkEngagements(people, zones::zone, catalogue.texts(), now, DemoRun.SEED + 20),
                    new DemoBulkMeetings(catalogue.texts(), people.login(DemoLogin.HSE), now, DemoRun.SEED + 21));
            return new DemoCounts(
                    structure.sites(),
                    structure.areas(),
                    structure.organisations(),
                    structure.people(),
                    structure.users(),
                    written.events(),
                    written.actions());
        });
        bulk.vacuum();
        return counts;
    }

    /** The plant in the language {@code tandem.demo.language} asks for. */
    private DemoCatalogue catalogue() {
        return new DemoCatalogue(DemoTexts.of(properties.language()));
    }
}
