package dev.tandem.investigation.overdue;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.tandem.investigation.InvestigationOverdue;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.RecordRows;
import dev.tandem.shared.TimedWork;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces each queued or open investigation once when it falls overdue (its due date passed on the enterprise's
 * clock); notifications decide who hears of it and climb its ladder. Each is claimed by a conditional update, so with
 * several nodes running the round it is announced once; a new due date is watched afresh.
 */
@Component
public class OverdueInvestigations {

    private final JdbcClient jdbc;
    private final PlantStructure plant;
    // claimed by a conditional SQL update (safe on several nodes), not by saving the investigation
    private final ApplicationEventPublisher publisher;

    OverdueInvestigations(JdbcClient jdbc, PlantStructure plant, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.plant = plant;
        this.publisher = publisher;
    }

    private record Claimed(UUID id, UUID siteId, LocalDate dueDate) {}

    /** Claims and announces the investigations overdue as of the clock's "now"; the schedule passes the application's. */
    @Transactional
    public List<UUID> announce(Clock at) {
        var zone = ZoneId.of(plant.enterprise().timeZone());
        var today = LocalDate.now(at.withZone(zone));
        var claimed = jdbc.sql(
                        """
                        update investigation set overdue_noticed_at = :now
                        where overdue_noticed_at is null and voided_at is null
                          and status in ('QUEUED', 'OPEN') and due_date < :today
                        returning id, site_id, due_date""")
                .param("now", Timestamp.from(Instant.now(at)))
                .param("today", today)
                .query(RecordRows.of(Claimed.class))
                .list();
        claimed.forEach(row -> publisher.publishEvent(new InvestigationOverdue(
                row.id(),
                row.siteId(),
                row.dueDate(),
                row.dueDate().plusDays(1).atStartOfDay(zone).toInstant())));
        return claimed.stream().map(Claimed::id).toList();
    }

    @Configuration(proxyBeanMethods = false)
    static class Scheduling {

        @Bean
        RecurringTask<Void> overdueInvestigationRounds(
                OverdueInvestigations overdue, InvestigationProperties properties, Clock clock) {
            return Tasks.recurring("investigation-overdue", TimedWork.every(properties.overdueInterval()))
                    .execute((instance, context) -> overdue.announce(clock));
        }
    }
}
