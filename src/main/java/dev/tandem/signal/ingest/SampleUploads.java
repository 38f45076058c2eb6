package dev.tandem.signal.ingest;

import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.signal.ingest.IngestionResult.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Samples sent over HTTP and CSV files replayed: both are read here and go through the same ingestion as MQTT.
 * What cannot be read as a sample at all (an item without a tag or time, a row with an unreadable time) is counted
 * as a malformed payload and listed, like every refused sample.
 */
@Component
public class SampleUploads {

    /** The most samples one HTTP request may carry. */
    public static final int MAX_BATCH = 10_000;

    private static final int ROWS_PER_BATCH = 1_000;
    private static final int PROBLEMS_LISTED = 100;

    private final SignalIngestion ingestion;
    private final JsonMapper json;
    private final PlantStructure plant;

    SampleUploads(SignalIngestion ingestion, JsonMapper json, PlantStructure plant) {
        this.ingestion = ingestion;
        this.json = json;
        this.plant = plant;
    }

    /**
     * A batch as JSON: {@code {"samples": [{"tag": "<key>", "ts": <epoch ms or ISO-8601>, "value": <number>}, ...]}}.
     * A body that is not such an object is refused whole (and counted); bad items are counted and listed.
     */
    public IngestionResult batch(String body) {
        var zone = zone();
        tools.jackson.databind.JsonNode items;
        try {
            var root = json.readTree(body == null ? "" : body);
            items = root == null || !root.isObject() ? null : root.get("samples");
        } catch (JacksonException unreadable) {
            items = null;
        }
        if (items == null || !items.isArray()) {
            ingestion.malformed(SampleSource.HTTP, "the body is not {\"samples\": [...]}");
            throw new InvalidRequestException("samples", "signal.malformedBatch");
        }
        if (items.size() > MAX_BATCH) {
            throw new InvalidRequestException("samples", "signal.batchTooLarge", MAX_BATCH);
        }
        var tally = new Tally();
        var samples = new ArrayList<RawSample>();
        var positions = new ArrayList<Integer>();
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            var tag = item.isObject()
                            && item.get("tag") != null
                            && item.get("tag").isString()
                    ? item.get("tag").stringValue()
                    : null;
            var ts = item.isObject() ? SampleTimes.parse(item.get("ts"), zone) : java.util.OptionalLong.empty();
            if (tag == null || ts.isEmpty()) {
                ingestion.malformed(SampleSource.HTTP, "item " + i + ": needs \"tag\" and \"ts\"");
                tally.malformed(i, tag);
                continue;
            }
            samples.add(new RawSample(tag, ts.getAsLong(), SampleTimes.value(item.get("value"))));
            positions.add(i);
        }
        tally.add(ingestion.accept(SampleSource.HTTP, samples), positions);
        return tally.result();
    }

    /**
     * A CSV file replayed row by row, as if its samples arrived now: a header {@code timestamp,<key>,<key>,...}
     * (comma, semicolon or tab), then one row per time; an empty cell is no sample. Rows go to the ingestion a
     * thousand at a time, so a long file never sits in memory whole.
     */
    public IngestionResult replay(InputStream csv) {
        var zone = zone();
        var tally = new Tally();
        try (var reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            var header = reader.readLine();
            if (header == null || header.isBlank()) {
                ingestion.malformed(SampleSource.CSV, "empty file");
                throw new InvalidRequestException("file", "signal.replayEmpty");
            }
            var separator = separator(header);
            var keys = cells(stripBom(header), separator);
            if (keys.length < 2) {
                ingestion.malformed(SampleSource.CSV, "header without tags");
                throw new InvalidRequestException("file", "signal.replayHeader");
            }
            var samples = new ArrayList<RawSample>();
            var rows = new ArrayList<Integer>();
            String line;
            int row = 1;
            while ((line = reader.readLine()) != null) {
                row++;
                if (line.isBlank()) {
                    continue;
                }
                var cells = cells(line, separator);
                var ts = SampleTimes.parse(cells[0], zone);
                if (ts.isEmpty()) {
                    ingestion.malformed(SampleSource.CSV, "row " + row + ": unreadable time " + cells[0]);
                    tally.malformed(row, null);
                    continue;
                }
                for (int column = 1; column < Math.min(cells.length, keys.length); column++) {
                    if (!cells[column].isBlank()) {
                        samples.add(new RawSample(keys[column], ts.getAsLong(), cells[column]));
                        rows.add(row);
                    }
                }
                if (samples.size() >= ROWS_PER_BATCH) {
                    tally.add(ingestion.accept(SampleSource.CSV, samples), rows);
                    samples.clear();
                    rows.clear();
                }
            }
            tally.add(ingestion.accept(SampleSource.CSV, samples), rows);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return tally.result();
    }

    private ZoneId zone() {
        return plant.enterprise().zone();
    }

    private static char separator(String header) {
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static String[] cells(String line, char separator) {
        var cells = line.split(Pattern.quote(String.valueOf(separator)), -1);
        for (int i = 0; i < cells.length; i++) {
            var cell = cells[i].trim();
            cells[i] = cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")
                    ? cell.substring(1, cell.length() - 1).trim()
                    : cell;
        }
        return cells;
    }

    private static String stripBom(String header) {
        return header.startsWith("\uFEFF") ? header.substring(1) : header;
    }

    /** Adds up what became of the samples of one upload, listing problems by item or row. */
    private static final class Tally {
        private long accepted;
        private final Map<RejectReason, Long> rejected = new EnumMap<>(RejectReason.class);
        private final List<Problem> problems = new ArrayList<>();

        void malformed(long position, String tag) {
            rejected.merge(RejectReason.MALFORMED_PAYLOAD, 1L, Long::sum);
            listed(new Problem(position, tag, RejectReason.MALFORMED_PAYLOAD));
        }

        void add(IngestionResult result, List<Integer> positions) {
            accepted += result.accepted();
            result.rejected().forEach((reason, count) -> rejected.merge(reason, count, Long::sum));
            result.problems()
                    .forEach(problem ->
                            listed(new Problem(positions.get((int) problem.index()), problem.tag(), problem.reason())));
        }

        private void listed(Problem problem) {
            if (problems.size() < PROBLEMS_LISTED) {
                problems.add(problem);
            }
        }

        IngestionResult result() {
            problems.sort(java.util.Comparator.comparingLong(Problem::index));
            return new IngestionResult(accepted, Map.copyOf(rejected), List.copyOf(problems));
        }
    }
}
