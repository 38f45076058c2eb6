package dev.tandem.kpi.hours;

import dev.tandem.history.Recorded;
import dev.tandem.kpi.HoursChanged;
import dev.tandem.kpi.RecordHours;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The hours an organisation's people worked on a site in a month, with their average headcount: the denominator of
 * every frequency rate. There is one per organisation, site and month; recording it again changes it.
 */
public class HoursWorked extends AbstractAggregateRoot<HoursWorked> implements Recorded {

    @Id
    private final UUID id;

    private UUID organisationId;
    private UUID siteId;

    /** The first day of the month, as the table keeps it. */
    private LocalDate month;

    private BigDecimal hours;
    private BigDecimal averageHeadcount;

    @Version
    private Long version;

    @PersistenceCreator
    HoursWorked(
            UUID id,
            UUID organisationId,
            UUID siteId,
            LocalDate month,
            BigDecimal hours,
            BigDecimal averageHeadcount,
            Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.siteId = siteId;
        this.month = month;
        this.hours = hours;
        this.averageHeadcount = averageHeadcount;
        this.version = version;
    }

    public static HoursWorked of(UUID id, RecordHours command) {
        var recorded = new HoursWorked(id, null, null, null, null, null, null);
        recorded.apply(command);
        return recorded;
    }

    public void apply(RecordHours command) {
        this.organisationId = command.organisationId();
        this.siteId = command.siteId();
        this.month = command.month().atDay(1);
        this.hours = tenths(command.hours());
        this.averageHeadcount = tenths(command.averageHeadcount());
        registerEvent(new HoursChanged(organisationId, siteId, month()));
    }

    /** Whether the command says nothing new, so that a repeated submission changes nothing. */
    public boolean sameAs(RecordHours command) {
        return organisationId.equals(command.organisationId())
                && siteId.equals(command.siteId())
                && month().equals(command.month())
                && Objects.equals(hours, tenths(command.hours()))
                && Objects.equals(averageHeadcount, tenths(command.averageHeadcount()));
    }

    // the table keeps one decimal; the same scale here keeps the history free of "1500 → 1500.0"
    private static BigDecimal tenths(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }

    @Override
    public String recordType() {
        return "hours_worked";
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Long version() {
        return version;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public UUID siteId() {
        return siteId;
    }

    public YearMonth month() {
        return YearMonth.from(month);
    }

    public BigDecimal hours() {
        return hours;
    }

    public BigDecimal averageHeadcount() {
        return averageHeadcount;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Recorded.fields(
                "organisationId", organisationId,
                "siteId", siteId,
                "month", month(),
                "hours", hours,
                "averageHeadcount", averageHeadcount);
    }
}
