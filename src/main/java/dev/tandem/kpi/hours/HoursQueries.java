package dev.tandem.kpi.hours;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The list of hours worked as an SQL projection, filtered, sorted, paged and scoped to the viewer. */
@Component
public class HoursQueries {

    private final JdbcClient jdbc;

    HoursQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param month {@code yyyy-MM} */
    public record HoursRow(
            UUID id,
            UUID organisationId,
            String organisationName,
            UUID siteId,
            String siteCode,
            String siteName,
            String month,
            BigDecimal hours,
            BigDecimal averageHeadcount,
            long version) {}

    public record HoursFilter(UUID organisationId, UUID siteId, Integer year) {

        /** Every organisation, site and year. */
        public static HoursFilter all() {
            return new HoursFilter(null, null, null);
        }
    }

    public Page<HoursRow> hours(HoursFilter filter, Paging paging, Viewer viewer) {
        var year = filter.year();
        if (year != null && (year < 1900 || year > 9999)) {
            throw new InvalidRequestException("year", "kpi.rule.year");
        }
        return new ListQuery("hours_worked h join organisation o on o.id = h.organisation_id"
                        + " join site s on s.id = h.site_id")
                .visibleTo(viewer, "h.organisation_id")
                .where("h.organisation_id = :organisation", "organisation", filter.organisationId())
                .where("h.site_id = :site", "site", filter.siteId())
                .where("h.month >= :from", "from", year == null ? null : LocalDate.of(year, 1, 1))
                .where("h.month < :to", "to", year == null ? null : LocalDate.of(year + 1, 1, 1))
                .page(
                        jdbc,
                        "h.id, h.organisation_id, o.name as organisation_name, h.site_id, s.code as site_code,"
                                + " s.name as site_name, to_char(h.month, 'YYYY-MM') as month, h.hours,"
                                + " h.average_headcount, h.version",
                        HoursRow.class,
                        paging,
                        Map.of(
                                "month", "h.month",
                                "organisation", "o.name",
                                "site", "s.code",
                                "hours", "h.hours"),
                        "h.month desc, o.name, s.code, h.id");
    }
}
