package dev.tandem.demo;

import dev.tandem.equipment.DispatchLog;
import dev.tandem.equipment.EquipmentRegistry;
import dev.tandem.event.EventReporting;
import dev.tandem.event.EventReview;
import dev.tandem.identity.Accounts;
import dev.tandem.kpi.HoursRegister;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.PlantStructure;
import java.time.Clock;
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
    private final PlantStructure structure;
    private final OrganisationRegister register;
    private final Accounts accounts;
    private final TransactionTemplate transactions;
    private final OrganisationQueries queries;
    private final EventReporting reporting;
    private final EventReview review;
    private final Clock clock;
    private final HoursRegister hours;
    private final EquipmentRegistry equipment;
    private final DispatchLog dispatch;

    DemoPlant(
            DemoProperties properties,
            PlantStructure structure,
            OrganisationRegister register,
            Accounts accounts,
            TransactionTemplate transactions,
            OrganisationQueries queries,
            EventReporting reporting,
            EventReview review,
            Clock clock,
            HoursRegister hours,
            EquipmentRegistry equipment,
            DispatchLog dispatch) {
        this.properties = properties;
        this.structure = structure;
        this.register = register;
        this.accounts = accounts;
        this.transactions = transactions;
        this.queries = queries;
        this.reporting = reporting;
        this.review = review;
        this.clock = clock;
        this.hours = hours;
        this.equipment = equipment;
        this.dispatch = dispatch;
    }

    @EventListener(ApplicationStartedEvent.class)
    void generateIntoAnEmptyDatabase() {
        if (!properties.enabled()) {
            return;
        }
        if (register.ownerCompany().isPresent()) {
            log.info("Demo mode: the database holds a plant already, so no demo plant is generated");
            return;
        }
        long started = System.nanoTime();
        var counts = generate(properties.scale());
        log.info(
                "Demo mode: generated the demo plant (scale {}) in {} ms: {} sites, {} areas, {} organisations, "
                        + "{} people, {} logins, {} safety events",
                properties.scale(),
                (System.nanoTime() - started) / 1_000_000,
                counts.sites(),
                counts.areas(),
                counts.organisations(),
                counts.people(),
                counts.users(),
                counts.events());
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
            if (register.ownerCompany().isPresent()) {
                throw new IllegalStateException("The demo plant needs an empty database; an owner company exists");
            }
            var run = new DemoRun(structure, register, accounts, scale, properties.password());
            var counts = run.build();
            var year = new DemoSafetyYear(
                    reporting, review, run.workers(), queries.places(), run.random(), Instant.now(clock));
            int events = year.generate(scale);
            new DemoHours(hours, run.random()).record(run.workers(), YearMonth.now(clock.withZone(DemoCatalogue.ZONE)));
            long started = System.nanoTime();
            var machines = new DemoEquipment(equipment, dispatch, structure, Instant.now(clock));
            machines.generate(counts.areas());
            log.info(
                    "Demo mode: {} machines with a year of dispatch data ({} state changes) in {} ms",
                    machines.machines(),
                    machines.changes(),
                    (System.nanoTime() - started) / 1_000_000);
            return new DemoCounts(
                    counts.sites(), counts.areas(), counts.organisations(), counts.people(), counts.users(), events);
        });
    }
}
