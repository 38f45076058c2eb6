import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The client of bench/training-import (run with the source launcher, the application's libraries on the class path).
 *
 * <p>{@code file JDBC PEOPLE PER_PERSON FILE} writes the training records of PEOPLE people of the plant (those with a
 * personnel number, in its order), PER_PERSON records each, in the import's columns: CSV when FILE ends in {@code
 * .csv}, else an xlsx workbook (streamed). Competences go round the catalogue, completion days lie in the last three
 * years, one record in twenty is a failed course, every record has an external id of its own. Prints the rows and the
 * file's size.
 */
public class TrainingImportBench {

    private static final List<String> HEADERS = List.of(
            "Person", "Competence", "Completed on", "Result", "Trainer", "Provider", "Evidence", "Expires on",
            "External id");

    private static final List<String> PROVIDERS = List.of(
            "Plant training centre", "Regional safety school", "First aid academy", "Crane operators' college",
            "Contractor's own instructor");

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        if (!args[0].equals("file")) {
            throw new IllegalArgumentException(args[0]);
        }
        int people = Integer.parseInt(args[2]);
        int perPerson = Integer.parseInt(args[3]);
        var file = Path.of(args[4]);
        var numbers = new ArrayList<String>();
        var codes = new ArrayList<String>();
        try (var jdbc = DriverManager.getConnection(args[1])) {
            try (var ps = jdbc.prepareStatement("select personnel_number from person where voided_at is null"
                    + " and personnel_number is not null order by personnel_number limit ?")) {
                ps.setInt(1, people);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        numbers.add(rs.getString(1));
                    }
                }
            }
            try (var st = jdbc.createStatement();
                    var rs = st.executeQuery("select code from competence where voided_at is null order by code")) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
        }
        var run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        var today = LocalDate.now();
        long written = 0;
        try (var out = Files.newOutputStream(file)) {
            var sink = file.toString().endsWith(".csv") ? new Csv(out) : new Xlsx(out);
            sink.row(HEADERS);
            for (int p = 0; p < numbers.size(); p++) {
                for (int r = 0; r < perPerson; r++) {
                    int n = p * perPerson + r;
                    boolean failed = n % 20 == 7;
                    sink.row(List.of(
                            numbers.get(p),
                            codes.get((p + r) % codes.size()),
                            today.minusDays(2 + (p * 7L + r * 37L) % 1000).toString(),
                            failed ? "failed" : "passed",
                            "Instructor " + (n % 97),
                            PROVIDERS.get(n % PROVIDERS.size()),
                            "PR-" + (100000 + n),
                            "",
                            "BENCH-" + run + "-" + n));
                    written++;
                }
            }
            sink.close();
        }
        System.out.printf("file %d %d%n", written, Files.size(file));
    }

    interface Sink {
        void row(List<String> cells) throws Exception;

        void close() throws Exception;
    }

    static final class Csv implements Sink {
        private final BufferedWriter writer;

        Csv(OutputStream out) {
            writer = new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        }

        @Override
        public void row(List<String> cells) throws Exception {
            for (int c = 0; c < cells.size(); c++) {
                if (c > 0) {
                    writer.write(',');
                }
                var cell = cells.get(c);
                writer.write(cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0
                        ? '"' + cell.replace("\"", "\"\"") + '"'
                        : cell);
            }
            writer.write("\r\n");
        }

        @Override
        public void close() throws Exception {
            writer.flush();
        }
    }

    static final class Xlsx implements Sink {
        private final OutputStream out;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        private final org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Training records");
        private int next;

        Xlsx(OutputStream out) {
            this.out = out;
        }

        @Override
        public void row(List<String> cells) {
            var row = sheet.createRow(next++);
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).isEmpty()) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
        }

        @Override
        public void close() throws Exception {
            workbook.write(out);
            workbook.dispose();
            workbook.close();
        }
    }
}
