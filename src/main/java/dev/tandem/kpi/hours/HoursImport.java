package dev.tandem.kpi.hours;

import dev.tandem.kpi.RecordHours;
import dev.tandem.shared.RowError;
import dev.tandem.shared.web.StorableValues;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads the rows of an uploaded hours file into commands, collecting every wrong cell of every row rather than
 * stopping at the first, so that one correction round fixes the whole file.
 */
public final class HoursImport {

    private static final DateTimeFormatter MONTH =
            DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);

    // "1,500" might be a thousand and a half or one and a half: refused rather than guessed
    private static final Pattern AMBIGUOUS_COMMA = Pattern.compile(".*\\d,\\d{3}");

    private final HoursReferences references;
    private final YearMonth thisMonth;
    private final List<RowError> errors = new ArrayList<>();
    private final Map<String, Integer> firstRowOfKey = new HashMap<>();

    public HoursImport(HoursReferences references, YearMonth thisMonth) {
        this.references = references;
        this.thisMonth = thisMonth;
    }

    public List<RecordHours> read(List<HoursLine> lines) {
        var commands = new ArrayList<RecordHours>();
        for (var line : lines) {
            int before = errors.size();
            var organisation = organisation(line);
            var site = site(line);
            var month = month(line);
            var hours = number(line, "hours", line.hours(), 11, true);
            var headcount = number(line, "averageHeadcount", line.averageHeadcount(), 8, false);
            if (errors.size() == before) {
                var key = organisation + "/" + site + "/" + month;
                var first = firstRowOfKey.putIfAbsent(key, line.row());
                if (first != null) {
                    reject(line, "month", "kpi.import.repeatedRow", first);
                } else {
                    commands.add(new RecordHours(organisation, site, month, hours, headcount));
                }
            }
        }
        return commands;
    }

    public List<RowError> errors() {
        return List.copyOf(errors);
    }

    private UUID organisation(HoursLine line) {
        if (blank(line.organisation())) {
            return reject(line, "organisation", "kpi.import.required");
        }
        var matches = references.organisationsNamed(line.organisation());
        if (matches.size() > 1) {
            return reject(
                    line,
                    "organisation",
                    "kpi.import.ambiguousOrganisation",
                    line.organisation().trim());
        }
        if (matches.isEmpty()) {
            return reject(
                    line,
                    "organisation",
                    "kpi.import.unknownOrganisation",
                    line.organisation().trim());
        }
        return matches.get(0);
    }

    private UUID site(HoursLine line) {
        if (blank(line.site())) {
            return reject(line, "site", "kpi.import.required");
        }
        var site = references.siteByCode(line.site());
        return site != null
                ? site
                : reject(line, "site", "kpi.import.unknownSite", line.site().trim());
    }

    private YearMonth month(HoursLine line) {
        if (blank(line.month())) {
            return reject(line, "month", "kpi.import.required");
        }
        try {
            var month = YearMonth.parse(line.month().trim(), MONTH);
            if (!StorableValues.storable(month)) {
                return reject(line, "month", "rule.dateRange");
            }
            return month.isAfter(thisMonth) ? reject(line, "month", "kpi.rule.futureMonth") : month;
        } catch (DateTimeParseException e) {
            return reject(line, "month", "kpi.import.month", line.month().trim());
        }
    }

    private BigDecimal number(HoursLine line, String column, String text, int integerDigits, boolean required) {
        if (blank(text)) {
            return required ? reject(line, column, "kpi.import.required") : null;
        }
        var cleaned = text.trim().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (AMBIGUOUS_COMMA.matcher(cleaned).matches()) {
            return reject(line, column, "kpi.import.ambiguousNumber", text.trim());
        }
        BigDecimal number;
        try {
            number = new BigDecimal(cleaned.replace(',', '.')).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return reject(line, column, "kpi.import.number", text.trim());
        }
        if (number.signum() < 0) {
            return reject(line, column, "kpi.validation.notNegative");
        }
        if (number.scale() > 1 || number.precision() - number.scale() > integerDigits) {
            return reject(
                    line,
                    column,
                    column.equals("hours") ? "kpi.validation.hoursDigits" : "kpi.validation.headcountDigits");
        }
        return number;
    }

    private <T> T reject(HoursLine line, String column, String code, Object... arguments) {
        errors.add(RowError.of(line.row(), column, code, arguments));
        return null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
