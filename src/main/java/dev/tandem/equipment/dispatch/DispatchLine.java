package dev.tandem.equipment.dispatch;

import dev.tandem.equipment.DispatchLog;
import java.util.List;

/**
 * One row of an uploaded dispatch file, its cells as written: nothing is trusted until {@link DispatchLog} has read
 * it.
 *
 * @param row the row number as a spreadsheet shows it (the header is row 1)
 * @param site the site's code; needed only when the equipment code is used on several sites
 * @param equipment the equipment's code or id
 * @param at an ISO time with offset ({@code 2025-03-01T06:00:00+05:00}) or the site's local time
 *     ({@code 2025-03-01 06:00})
 * @param state RUNNING, IDLE or DOWN (or its label in English or Russian)
 * @param reason a reason code (or its label); required for DOWN
 */
public record DispatchLine(
        int row, String site, String equipment, String at, String state, String reason, String note) {

    /** The columns of a dispatch file, in order; also the names row errors point at. */
    public static final List<String> COLUMNS = List.of("site", "equipment", "at", "state", "reason", "note");
}
