package dev.tandem.shared.imports;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Languages;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The columns of one file, named by its first row: by their keys or by their headers in English or Russian (as an
 * export and a template write them), in any order, case, spaces and punctuation left aside. A header no column has, a
 * column named twice, a required column missing or a value in a column without a header refuses the file as a whole
 * (field {@code file}).
 */
public final class SheetHeader<C extends Enum<C> & SheetColumn> {

    private final Class<C> type;
    private final Set<C> required;
    private final MessageSource messages;
    private final Map<String, C> names = new HashMap<>();
    private List<C> columns;

    /**
     * @param required the columns a file must have (a cell of them may still be blank)
     */
    public SheetHeader(Class<C> type, Set<C> required, MessageSource messages) {
        this.type = type;
        this.required = required.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(required);
        this.messages = messages;
        for (var column : type.getEnumConstants()) {
            names.put(normalised(column.key()), column);
            for (var language : Languages.SUPPORTED) {
                names.put(normalised(messages.getMessage(column.headerCode(), null, language)), column);
            }
        }
    }

    /** Whether the header has been read. */
    public boolean read() {
        return columns != null;
    }

    /**
     * One row of the file: the first names the columns (answered with null), each later one is answered with its cells
     * by column, those of columns an import reads.
     */
    public Map<C, String> cells(int row, List<String> cells) {
        if (columns == null) {
            columns = columns(cells);
            return null;
        }
        var named = new EnumMap<C, String>(type);
        for (int index = 0; index < cells.size(); index++) {
            var column = index < columns.size() ? columns.get(index) : null;
            var cell = cells.get(index);
            if (column == null && !cell.isBlank()) {
                throw new InvalidRequestException("file", "upload.cellOutsideColumns", row, index + 1);
            }
            if (column != null && column.imported()) {
                named.put(column, cell);
            }
        }
        return named;
    }

    /** The column of every header cell; null for a blank one. */
    private List<C> columns(List<String> header) {
        var found = new ArrayList<C>();
        for (var cell : header) {
            var column = names.get(normalised(cell));
            if (column == null && !cell.isBlank()) {
                throw new InvalidRequestException("file", "upload.unknownColumn", cell.strip(), expected());
            }
            if (column != null && found.contains(column)) {
                throw new InvalidRequestException("file", "upload.repeatedColumn", cell.strip());
            }
            found.add(column);
        }
        var missing =
                required.stream().filter(column -> !found.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidRequestException("file", "upload.missingColumns", headers(missing));
        }
        return found;
    }

    private String expected() {
        return headers(List.of(type.getEnumConstants()).stream()
                .filter(SheetColumn::imported)
                .toList());
    }

    private String headers(List<C> list) {
        var locale = LocaleContextHolder.getLocale();
        return String.join(
                ", ",
                list.stream()
                        .map(column -> messages.getMessage(column.headerCode(), null, locale))
                        .toList());
    }

    private static String normalised(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
