package dev.tandem.demo;

import dev.tandem.kpi.HoursRegister;
import dev.tandem.kpi.RecordHours;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Twelve months of hours worked at the demo plant: every organisation on every site where its people work, about
 * 165 hours a person a month, so that the dashboard's rates mean something.
 */
final class DemoHours {

    private record Crew(UUID organisationId, UUID siteId) {}

    private final HoursRegister hours;
    private final Random random;
    private final Viewer timekeeper;

    DemoHours(HoursRegister hours, Random random, DemoTexts texts) {
        this.hours = hours;
        this.random = random;
        this.timekeeper = DemoRun.demoActor(texts, Role.HSE_SPECIALIST);
    }

    /**
     * Records the hours of the twelve months up to {@code last}, a contractor's for the days it worked at the plant;
     * answers how many rows.
     */
    int record(DemoWorkingPeriods periods, YearMonth last) {
        Map<Crew, Long> crews = periods.workers().stream()
                .filter(worker -> worker.siteId() != null)
                .collect(Collectors.groupingBy(w -> new Crew(w.organisationId(), w.siteId()), Collectors.counting()));
        int rows = 0;
        for (int back = 11; back >= 0; back--) {
            var month = last.minusMonths(back);
            for (var crew : crews.entrySet()) {
                double share = periods.share(crew.getKey().organisationId(), month);
                if (share == 0) {
                    continue;
                }
                double headcount = share * crew.getValue() * (0.9 + 0.2 * random.nextDouble());
                var worked = BigDecimal.valueOf(Math.round(headcount * 165 * 10) / 10.0);
                var command = new RecordHours(
                        crew.getKey().organisationId(),
                        crew.getKey().siteId(),
                        month,
                        worked,
                        BigDecimal.valueOf(Math.round(headcount * 10) / 10.0));
                hours.record(command, Precondition.none(), timekeeper);
                rows++;
            }
        }
        return rows;
    }
}
