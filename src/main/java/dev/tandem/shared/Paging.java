package dev.tandem.shared;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which page of a list to show: {@code page} from 0, {@code size} (a client's capped at {@link #MAX_SIZE}), and
 * {@code sort} as {@code field} or {@code field,desc}. Sort fields are checked against what a list allows,
 * so a client can never reach a column by name.
 */
public record Paging(int page, int size, String sort) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** The most rows an export holds: enough for a plant's people, bounded so no request runs away. */
    public static final int EXPORT_SIZE = 50_000;

    public Paging {
        if (page < 0) {
            throw new InvalidRequestException("page", "rule.pageNotNegative");
        }
        if (size < 1) {
            throw new InvalidRequestException("size", "rule.sizePositive");
        }
        size = Math.min(size, EXPORT_SIZE);
        sort = sort == null ? "" : sort.trim();
    }

    /** What a client asked for, with the page size capped at {@link #MAX_SIZE}. */
    public static Paging requested(int page, int size, String sort) {
        return new Paging(page, Math.min(size, MAX_SIZE), sort);
    }

    /** Everything a list holds, up to {@link #EXPORT_SIZE} rows, in the client's order. */
    public static Paging export(String sort) {
        return new Paging(0, EXPORT_SIZE, sort);
    }

    public static Paging first(int size) {
        return new Paging(0, size, "");
    }

    public long offset() {
        return (long) page * size;
    }

    /**
     * The SQL LIMIT (and OFFSET past the first page) of this page, its numbers written into the text: bound as
     * parameters, PostgreSQL's generic plan takes each for a tenth of the rows, costs more than a custom plan and is
     * never chosen, so a list's statement is planned anew on every call. Written in, a first page's statement can be
     * planned once per connection and reused. The numbers are ints checked by this record, never a client's text.
     */
    public String limit() {
        return page == 0 ? " limit " + size : " limit " + size + " offset " + offset();
    }

    /**
     * The SQL ORDER BY list for this paging.
     *
     * @param columns sort field names a client may use, mapped to their SQL expressions
     * @param fallback the order when the client asked for none; also breaks ties
     */
    public String orderBy(Map<String, String> columns, String fallback) {
        if (sort.isEmpty()) {
            return fallback;
        }
        var parts = sort.split(",", -1);
        var column = columns.get(field());
        if (column == null) {
            throw new InvalidRequestException(
                    "sort", "rule.sortField", field(), String.join(", ", new TreeSet<>(columns.keySet())));
        }
        var direction = parts.length > 1 ? parts[1].trim().toLowerCase() : "asc";
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw new InvalidRequestException("sort", "rule.sortDirection");
        }
        return column + " " + direction + ", " + fallback;
    }

    /** The field the client sorts by, without its direction; empty when the list's own order is asked for. */
    public String field() {
        return sort.split(",", -1)[0].trim();
    }

    public <T> Page<T> page(List<T> items, long totalItems) {
        return new Page<>(items, page, size, totalItems);
    }
}
