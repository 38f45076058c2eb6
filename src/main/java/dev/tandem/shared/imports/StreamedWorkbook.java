package dev.tandem.shared.imports;

import dev.tandem.shared.InvalidRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;

/**
 * Reads the first sheet of an Excel workbook (xlsx) row by row as text, with POI's event API: the sheet is parsed as
 * a stream and never held as a whole, so a large file takes little memory (only its table of shared strings is kept).
 * Dates come as {@code yyyy-MM-dd} (with {@code HH:mm} when they have a time), numbers as written, formulas as their
 * last result. A file that is not a workbook is refused as a whole (field {@code file}).
 */
final class StreamedWorkbook {

    private StreamedWorkbook() {}

    /** Whether the file begins as a zip archive does, as every xlsx file does. */
    static boolean looksLikeWorkbook(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            var head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException unreadable) {
            return false;
        }
    }

    /** Hands every row of the first sheet that holds a cell to {@code rows}, in order. */
    static void read(Path file, SheetRows rows) {
        if (!looksLikeWorkbook(file)) {
            throw new InvalidRequestException("file", "upload.notWorkbook");
        }
        try (var pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg, false);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new InvalidRequestException("file", "upload.empty");
            }
            try (var sheet = sheets.next()) {
                var parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(), null, strings, new Collector(rows), new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (InvalidRequestException e) {
            throw e;
        } catch (Exception unreadable) {
            // POI and the XML parser signal a damaged or foreign file with many exception types
            throw new InvalidRequestException("file", "upload.notWorkbook");
        }
    }

    /** Gathers the cells of a row in their columns, blanks where a row skips some. */
    private static final class Collector implements SheetContentsHandler {

        private final SheetRows rows;
        private final List<String> cells = new ArrayList<>();

        Collector(SheetRows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int row) {
            cells.clear();
        }

        @Override
        public void endRow(int row) {
            if (!cells.isEmpty()) {
                rows.row(row + 1, List.copyOf(cells));
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            // a cell may be reported twice when a writer leaves a stale inline string after its value (POI does, on a
            // cell changed from inline text): the value, which comes first, is the cell's
            if (column == cells.size()) {
                cells.add(value == null ? "" : value);
            }
        }
    }

    /** Formats as the cell shows it, but a date always as an ISO date, whatever format the person gave the cell. */
    private static final class IsoDates extends DataFormatter {

        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime time = DateUtil.getLocalDateTime(value, use1904);
                return time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                        ? time.toLocalDate().toString()
                        : time.toLocalDate() + " " + time.toLocalTime();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }
}
