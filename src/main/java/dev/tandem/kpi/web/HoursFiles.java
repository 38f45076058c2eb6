package dev.tandem.kpi.web;

import dev.tandem.kpi.hours.HoursLine;
import dev.tandem.shared.web.TableUpload;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads an uploaded hours file (CSV or Excel, see {@link TableUpload}) into lines in the order of
 * {@link HoursLine#COLUMNS}. What is wrong in single cells is for {@code HoursRegister} to list.
 */
@Component
class HoursFiles {

    private static final Map<String, String> OTHER_NAMES =
            Map.of("organization", "organisation", "sitecode", "site", "headcount", "averageHeadcount");

    /** A month that Excel stored as a date arrives as its first moment. */
    private static final Pattern DATE_CELL = Pattern.compile("(\\d{4}-\\d{2})-\\d{2} \\d{2}:\\d{2}:\\d{2}");

    private final TableUpload upload;

    HoursFiles(TableUpload upload) {
        this.upload = upload;
    }

    List<HoursLine> read(MultipartFile file) {
        return upload.read(file, HoursLine.COLUMNS, "hours.column.", OTHER_NAMES).stream()
                .map(line -> new HoursLine(
                        line.row(), line.cell(0), line.cell(1), month(line.cell(2)), line.cell(3), line.cell(4)))
                .toList();
    }

    private static String month(String cell) {
        var date = cell == null ? null : DATE_CELL.matcher(cell.trim());
        return date != null && date.matches() ? date.group(1) : cell;
    }
}
