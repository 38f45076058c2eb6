package dev.tandem.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import dev.tandem.kpi.figures.FigureScope;
import dev.tandem.kpi.figures.StopFigures;
import dev.tandem.organisation.DefineArea;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.Precondition;
import dev.tandem.stopwork.RaiseStopWork;
import dev.tandem.stopwork.StopWorkControl;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures of stop-work authority in one area: stops raised, accepted by the line manager, the share acknowledged
 * within 15 minutes of the raise on the phone, the median time to resume, the share that changed the risk register,
 * and those still stopped.
 */
@TandemIntegrationTest
class StopFiguresIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    StopWorkControl control;

    @Autowired
    StopFigures figures;

    @Autowired
    PlantStructure plant;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAreasStopsAreCountedAcceptedTimedAndTiedToTheRiskRegister() {
        var logins = new Logins(context);
        var manager = logins.viewer("manager");
        var area = area(logins);
        var now = Instant.now();

        var quick = raise(logins, area, now.minus(5, ChronoUnit.MINUTES));
        control.acknowledge(quick, Precondition.none(), manager);
        control.resolve(quick, Precondition.none(), "Guard refitted", manager);
        control.resume(quick, Precondition.none(), "Guard checked", manager);

        var slow = raise(logins, area, now.minus(30, ChronoUnit.MINUTES));
        control.acknowledge(slow, Precondition.none(), manager);
        var risk = jdbc.sql("select id from risk_entry where voided_at is null order by id limit 1")
                .query(UUID.class)
                .single();
        control.compensate(slow, Precondition.none(), "A fan in the cab", risk, manager);
        control.resume(slow, Precondition.none(), "Cab below 28 degrees", manager);

        var unnecessary = raise(logins, area, now);
        control.judgeUnnecessary(unnecessary, Precondition.none(), "The smell is fresh paint", manager);
        raise(logins, area, now);

        var board = figures.of(
                FigureScope.area(area), YearMonth.now(plant.enterprise().zone()));

        assertThat(board.raisedInMonth()).isEqualTo(4);
        assertThat(board.raised()).isEqualTo(4);
        assertThat(board.accepted()).as("cause removed or compensated").isEqualTo(2);
        assertThat(board.acknowledgedQuickly())
                .as("the quick one and the one judged at once")
                .isEqualTo(0.5);
        assertThat(board.medianMinutesToResume()).isBetween(17L, 18L);
        assertThat(board.riskChanged()).isCloseTo(0.25, within(1e-9));
        assertThat(board.open()).isEqualTo(1);
        assertThat(board.per100Workers()).as("an area has no headcount").isNull();
    }

    private UUID raise(Logins logins, UUID area, Instant raisedAt) {
        var worker = logins.viewer("worker");
        return control.raise(
                        new RaiseStopWork(
                                UUID.randomUUID(),
                                area,
                                worker.organisationId(),
                                "Grinding the ladle lip",
                                "No guard on the grinder",
                                raisedAt,
                                null),
                        null,
                        worker)
                .record()
                .id();
    }

    private UUID area(Logins logins) {
        var code = "F" + UUID.randomUUID().toString().substring(0, 8);
        return plant.createArea(
                        null,
                        new DefineArea(
                                logins.viewer("hse").siteId(),
                                code,
                                "Figures bay " + code,
                                logins.viewer("manager").personId(),
                                null),
                        logins.viewer("admin"))
                .id();
    }
}
