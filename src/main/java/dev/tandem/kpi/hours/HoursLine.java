package dev.tandem.kpi.hours;

import dev.tandem.kpi.HoursRegister;

/**
 * One row of an uploaded hours file, its cells as written: nothing is trusted until {@link HoursRegister} has read
 * it.
 *
 * @param row the row number as a spreadsheet shows it (the header is row 1)
 * @param organisation the organisation's id or its name
 * @param site the site's code
 * @param month {@code yyyy-MM}
 */
public record HoursLine(
        int row, String organisation, String site, String month, String hours, String averageHeadcount) {

    /** The columns of an hours file, in order; also the names row errors point at. */
    public static final java.util.List<String> COLUMNS =
            java.util.List.of("organisation", "site", "month", "hours", "averageHeadcount");
}
