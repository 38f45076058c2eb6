package dev.tandem.equipment.web;

import dev.tandem.equipment.dispatch.DispatchLine;
import dev.tandem.shared.web.TableUpload;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded dispatch file as lines of text, for the page and the API alike. */
final class DispatchFiles {

    static final String HEADERS = "equipment.column.";

    private DispatchFiles() {}

    static List<DispatchLine> lines(TableUpload upload, MultipartFile file) {
        return upload.read(file, DispatchLine.COLUMNS, HEADERS).stream()
                .map(row -> new DispatchLine(
                        row.row(), row.cell(0), row.cell(1), row.cell(2), row.cell(3), row.cell(4), row.cell(5)))
                .toList();
    }
}
