package dev.tandem.demo;

import dev.tandem.demo.DemoPeople.ShopFloorPerson;
import dev.tandem.demo.DemoSafetyYear.Worker;
import dev.tandem.organisation.OrganisationQueries.SitePlaces;
import dev.tandem.training.RecordSession;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes the bulk of an enterprise-scale demo plant with COPY: its shop floor, years of safety events with their
 * injuries, the corrective actions raised on them and the monthly hours of every organisation on every site. Rows
 * are what the application would have stored after its people took every step (states, versions, times, four-eyes
 * verification), but the steps are summarised: bulk rows have no entries in the change history.
 */
@Component
class DemoBulk {

    private static final Logger log = LoggerFactory.getLogger(DemoBulk.class);

    private static final List<String> BULK_TABLES = List.of(
            "person",
            "safety_event",
            "injury",
            "corrective_action",
            "hours_worked",
            "risk_entry",
            "risk_assessment",
            "training_session",
            "training_record",
            "contractor_engagement",
            "meeting_rotation_pattern",
            "meeting_record",
            "meeting_attendee",
            "meeting_signature",
            "meeting_item",
            "meeting_decision");

    /** What was written in bulk. */
    record Written(int people, int events, int injuries, int actions, int hours) {}

    private final DataSource dataSource;

    DemoBulk(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes the risk register (see {@link DemoBulkRisks}) in the caller's transaction. */
    DemoBulkRisks.Written risks(
            DemoProperties.Bulk size, List<SitePlaces> places, DemoBulkRisks.DemoRiskContext context) {
        return writing("The enterprise-scale risk register", connection -> {
            long started = System.nanoTime();
            var written = new DemoBulkRisks(size, places, context).write(connection);
            log.info(
                    "Demo mode: {} risks ({} fatal, {} of them eliminated) with {} assessments and {} verified measures"
                            + " written in {} ms",
                    written.risks(),
                    written.fatal(),
                    written.eliminated(),
                    written.assessments(),
                    written.measures(),
                    since(started));
            return written;
        });
    }

    /** Writes everyone's training (see {@link DemoBulkTraining}) in the caller's transaction. */
    DemoBulkTraining.Written training(DemoBulkTraining training, List<RecordSession> sessions) {
        return writing("The enterprise-scale training records", connection -> {
            long started = System.nanoTime();
            var written = training.write(connection, sessions);
            log.info(
                    "Demo mode: {} training sessions with {} records written in {} ms",
                    written.sessions(),
                    written.records(),
                    since(started));
            return written;
        });
    }

    /** Writes the engagements and their year of meetings (see {@link DemoBulkMeetings}) in the caller's transaction. */
    DemoBulkMeetings.Written meetings(int count, DemoBulkEngagements engagements, DemoBulkMeetings meetings) {
        return writing("The enterprise-scale engagements and meetings", connection -> {
            long started = System.nanoTime();
            var engaged = engagements.write(connection, count);
            var written = meetings.write(connection, engaged);
            log.info(
                    "Demo mode: {} engagements with rotation patterns, {} rotation meetings held and signed ({}"
                            + " signatures), {} rotations missed, {} decisions raised as actions ({} done) written in"
                            + " {} ms",
                    engaged.size(),
                    written.meetings(),
                    written.signatures(),
                    written.missed(),
                    written.decisions(),
                    written.done(),
                    since(started));
            return written;
        });
    }

    /** Writes the bulk rows in the caller's transaction, so a failure leaves nothing half-written. */
    Written write(
            List<ShopFloorPerson> shopFloor,
            List<Worker> workers,
            DemoBulkEvents events,
            DemoActionPlans plans,
            int actions,
            YearMonth thisMonth) {
        return writing("The enterprise-scale demo plant", connection -> {
            long started = System.nanoTime();
            int people = people(connection, shopFloor);
            log.info("Demo mode: {} people of the shop floor written in {} ms", people, since(started));
            started = System.nanoTime();
            var eventCounts = DemoBulkEventRows.events(connection, events);
            log.info(
                    "Demo mode: {} safety events with {} injuries written in {} ms",
                    eventCounts.events(),
                    eventCounts.injuries(),
                    since(started));
            started = System.nanoTime();
            int written = DemoBulkEventRows.actions(connection, events, plans, actions, eventCounts.weights());
            log.info("Demo mode: {} corrective actions written in {} ms", written, since(started));
            started = System.nanoTime();
            var first = YearMonth.from(events.start().atZone(DemoCatalogue.ZONE));
            int hours = hours(connection, workers, first, thisMonth);
            log.info("Demo mode: {} rows of monthly hours written in {} ms", hours, since(started));
            return new Written(people, eventCounts.events(), eventCounts.injuries(), written, hours);
        });
    }

    /** Bulk rows written on the connection of the caller's transaction. */
    private interface Writing<T> {
        T on(Connection connection) throws SQLException;
    }

    /** Runs the writing on the transaction's connection; a failure is named by {@code what} could not be written. */
    private <T> T writing(String what, Writing<T> writing) {
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            return writing.on(connection);
        } catch (SQLException failure) {
            throw new IllegalStateException(what + " could not be written", failure);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Brings the planner's statistics and the visibility map up to date after the load, so that the figures'
     * index-only scans work at once instead of after autovacuum's next visit. Runs outside any transaction. An
     * autovacuum ANALYZE that the load set off holds back which rows count as visible to everyone, so a table vacuumed
     * meanwhile may be left unmarked; such tables are vacuumed again until marked, for half a minute at most.
     */
    void vacuum() {
        long started = System.nanoTime();
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("vacuum (analyze) " + String.join(", ", BULK_TABLES));
            for (int attempt = 0; attempt < 30; attempt++) {
                var unmarked = new ArrayList<String>();
                try (var rows = statement.executeQuery("select relname from pg_class where relkind = 'r'"
                        + " and relname in ('" + String.join("', '", BULK_TABLES) + "')"
                        + " and relpages > 0 and relallvisible < 0.95 * relpages")) {
                    while (rows.next()) {
                        unmarked.add(rows.getString(1));
                    }
                }
                if (unmarked.isEmpty()) {
                    break;
                }
                Thread.sleep(1000);
                statement.execute("vacuum " + String.join(", ", unmarked));
            }
            log.info("Demo mode: statistics and visibility map brought up to date in {} ms", since(started));
        } catch (SQLException failure) {
            log.warn("Demo mode: vacuum after the bulk load failed; autovacuum will catch up", failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private int people(Connection connection, List<ShopFloorPerson> shopFloor) throws SQLException {
        var copy = DemoCopy.into(
                connection,
                "person",
                "id, organisation_id, full_name, position, site_id, area_id, email, phone, personnel_number, version");
        for (var person : shopFloor) {
            var form = person.form();
            copy.add(person.id())
                    .add(form.organisationId())
                    .add(form.fullName().trim())
                    .add(blankToNull(form.position()))
                    .add(form.siteId())
                    .add(form.areaId())
                    .add(blankToNull(form.email()))
                    .add(blankToNull(form.phone()))
                    .add(blankToNull(form.personnelNumber()))
                    .add(0)
                    .row();
        }
        return (int) copy.finish();
    }

    /**
     * Every organisation's hours on every site where its people work, for every month: about 165 hours a person,
     * give or take a tenth.
     */
    private int hours(Connection connection, List<Worker> workers, YearMonth first, YearMonth last)
            throws SQLException {
        Map<String, Long> crews = workers.stream()
                .filter(worker -> worker.siteId() != null)
                .collect(Collectors.groupingBy(
                        worker -> worker.organisationId() + " " + worker.siteId(),
                        TreeMap::new,
                        Collectors.counting()));
        var random = new Random(DemoRun.SEED + 4);
        var copy = DemoCopy.into(
                connection, "hours_worked", "id, organisation_id, site_id, month, hours, average_headcount, version");
        int n = 0;
        for (var month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            LocalDate day = month.atDay(1);
            for (var crew : crews.entrySet()) {
                var ids = crew.getKey().split(" ");
                double headcount = crew.getValue() * (0.9 + 0.2 * random.nextDouble());
                copy.add(DemoRun.id("hours", n++))
                        .add(UUID.fromString(ids[0]))
                        .add(UUID.fromString(ids[1]))
                        .add(day)
                        .add(BigDecimal.valueOf(headcount * 165).setScale(1, RoundingMode.HALF_UP))
                        .add(BigDecimal.valueOf(headcount).setScale(1, RoundingMode.HALF_UP))
                        .add(0)
                        .row();
            }
        }
        return (int) copy.finish();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static long since(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
