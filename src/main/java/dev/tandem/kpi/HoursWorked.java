package dev.tandem.kpi;

import dev.tandem.history.Recorded;
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

/**
 * The hours an organisation's people worked on a site in a month, with their average headcount: the denominator of
 * every frequency rate. There is one per organisation, site and month; recording it again changes it.
 */
public class HoursWorked implements Recorded {

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

    static HoursWorked of(UUID id, HoursForm form) {
        var recorded = new HoursWorked(id, null, null, null, null, null, null);
        recorded.apply(form);
        return recorded;
    }

    void apply(HoursForm form) {
        this.organisationId = form.organisationId();
        this.siteId = form.siteId();
        this.month = form.month().atDay(1);
        this.hours = tenths(form.hours());
        this.averageHeadcount = tenths(form.averageHeadcount());
    }

    /** Whether the form says nothing new, so that a repeated submission changes nothing. */
    boolean sameAs(HoursForm form) {
        return organisationId.equals(form.organisationId())
                && siteId.equals(form.siteId())
                && month().equals(form.month())
                && Objects.equals(hours, tenths(form.hours()))
                && Objects.equals(averageHeadcount, tenths(form.averageHeadcount()));
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
