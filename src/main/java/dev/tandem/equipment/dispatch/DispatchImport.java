package dev.tandem.equipment.dispatch;

import dev.tandem.equipment.DispatchLog;
import dev.tandem.equipment.StateChangeSource;
import dev.tandem.equipment.access.EquipmentAccess;
import dev.tandem.shared.RowError;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploads of dispatch data: every row of a file in one transaction, or none when any cell is wrong, with every wrong
 * cell listed by row and column.
 */
@Service
@Transactional
public class DispatchImport {

    private final DispatchLog log;
    private final DispatchDirectory directory;
    private final Clock clock;

    DispatchImport(DispatchLog log, DispatchDirectory directory, Clock clock) {
        this.log = log;
        this.directory = directory;
        this.clock = clock;
    }

    public DispatchReport importLines(List<DispatchLine> lines, Viewer viewer) {
        EquipmentAccess.requireRecorder(viewer);
        DispatchLog.checkSize(lines.size(), "file");
        var reading = new DispatchFileReading(directory.snapshot());
        var commands = reading.read(lines);
        var check = new StateChangeCheck(reading.rows(), true, Instant.now(clock));
        var report = log.store(check, commands, reading.errors(), StateChangeSource.FILE, viewer);
        return report.accepted() ? report : DispatchReport.rejected(inFileTerms(report.errors()));
    }

    /** A file names the machine in its equipment column. */
    private static List<RowError> inFileTerms(List<RowError> errors) {
        return errors.stream()
                .map(error -> error.column().equals("equipmentId")
                        ? new RowError(error.row(), "equipment", error.message())
                        : error)
                .toList();
    }
}
