package dev.tandem.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A paged SQL list with optional filters and the viewer's scope: conditions whose value is absent are left out,
 * and {@link #visibleTo} applies the contractor scope rule to the column that names a record's organisation.
 */
public final class ListQuery {

    private String from;
    private String countedFrom;
    private String pagedAlias;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** @param from the FROM clause with its joins, without the keyword */
    public ListQuery(String from) {
        this.from = from;
        this.countedFrom = from;
    }

    /**
     * Counts a page's total over {@code table} alone, for a list whose joins only add columns to show and never leave a
     * row out: the count can then be read from an index of that table. The conditions must name its columns only.
     */
    public ListQuery countedFrom(String table) {
        this.countedFrom = table;
        return this;
    }

    /**
     * Chooses a page among the rows of {@code from} alone, a single table named {@code alias}, before its columns are
     * worked out: columns that look names up by subqueries are then computed for the page's rows only, not for the rows
     * an offset skips.
     */
    public ListQuery columnsOfThePageOnly(String alias) {
        this.pagedAlias = alias;
        return this;
    }

    /**
     * Joins {@code join} to the rows a page is chosen among, for an order that needs its columns, and to nothing else:
     * the count leaves it out (see {@link #countedFrom}), so it must be a join that never leaves a row out.
     */
    public ListQuery joinedForOrder(String join) {
        this.from = from + " " + join;
        return this;
    }

    /** Adds {@code condition} when {@code value} is present (not null, not blank). */
    public ListQuery where(String condition, String param, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            return this;
        }
        conditions.add(condition);
        params.put(param, value instanceof String text ? text.trim() : value);
        return this;
    }

    /** Binds a value that the columns, the conditions or the ordering use, such as today's date. */
    public ListQuery param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** Adds a case-insensitive "contains" search over the given columns. */
    public ListQuery search(String text, String... columns) {
        if (text == null || text.isBlank()) {
            return this;
        }
        var alternatives = new ArrayList<String>();
        for (var column : columns) {
            alternatives.add(column + " ilike :search");
        }
        conditions.add("(" + String.join(" or ", alternatives) + ")");
        params.put("search", "%" + escapeLike(text.trim()) + "%");
        return this;
    }

    /**
     * Adds {@code condition} when {@code wanted} is true and its negation when false, written into the statement, not
     * bound: PostgreSQL's generic plan for a bound yes or no takes it for half the rows, so such a list's statement
     * was planned anew on every call; written in, it is planned once per connection and reused. Nothing when null.
     */
    public ListQuery whether(String condition, Boolean wanted) {
        return wanted == null ? this : where(wanted ? condition : "not " + condition);
    }

    /** Adds a fixed condition. */
    public ListQuery where(String condition) {
        conditions.add(condition);
        return this;
    }

    /**
     * Leaves out the rows whose {@code column} is set (voided or withdrawn records) unless {@code included} is true: a
     * list shows them only when asked to.
     */
    public ListQuery leavingOut(String column, Boolean included) {
        return Boolean.TRUE.equals(included) ? this : where(column + " is null");
    }

    /** Limits the rows to those the viewer may see; {@code organisationColumn} holds a record's organisation. */
    public ListQuery visibleTo(Viewer viewer, String organisationColumn) {
        return where(organisationColumn + " = :scopeOrganisation", "scopeOrganisation", viewer.scopeOrganisation());
    }

    /**
     * One page of the rows and the count of them all, in one statement (one round trip and one execution instead of
     * two): the count over {@link #countedFrom} and, joined to it, the page as {@link #rows} selects it, numbered in
     * the order it comes in for the statement to keep. A page past the end still answers the count, on one row whose
     * page columns are null.
     */
    public <T> Page<T> page(
            JdbcClient jdbc, String columns, Class<T> row, Paging paging, Map<String, String> sortable, String order) {
        var where = whereClause();
        var mapper = RecordRows.of(row);
        var chosen = " from " + from + where + " order by " + paging.orderBy(sortable, order) + paging.limit();
        var paged = pagedAlias == null
                ? "select " + columns + chosen
                : "select " + columns + " from (select " + pagedAlias + ".*" + chosen + ") " + pagedAlias;
        return jdbc.sql("select counted.total as listed_total, listed.* from (select count(*) as total from "
                        + countedFrom + where + ") counted left join lateral (select row_number() over () as"
                        + " listed_row, paged.* from (" + paged + ") paged) listed on true order by listed.listed_row")
                .params(params)
                .query(rows -> {
                    var items = new ArrayList<T>();
                    long total = 0;
                    while (rows.next()) {
                        total = rows.getLong("listed_total");
                        if (rows.getObject("listed_row") != null) {
                            items.add(mapper.mapRow(rows, items.size()));
                        }
                    }
                    return paging.page(items, total);
                });
    }

    /** The rows of one page, without counting them all: for a caller that needs no total. */
    public <T> List<T> rows(
            JdbcClient jdbc, String columns, Class<T> row, Paging paging, Map<String, String> sortable, String order) {
        return jdbc.sql("select " + columns + " from " + from + whereClause() + " order by "
                        + paging.orderBy(sortable, order) + paging.limit())
                .params(params)
                .query(RecordRows.of(row))
                .list();
    }

    /**
     * Every row, in the order {@link #page} would list them, handed over one at a time as the database sends them: for
     * exports too long to hold. Give a {@code jdbc} with a fetch size and call it in a transaction, so that the driver
     * reads the rows through a cursor instead of all at once.
     */
    public <T> void forEach(
            JdbcClient jdbc,
            String columns,
            Class<T> row,
            Paging paging,
            Map<String, String> sortable,
            String order,
            java.util.function.Consumer<T> each) {
        try (var rows = jdbc
                .sql("select " + columns + " from " + from + whereClause() + " order by "
                        + paging.orderBy(sortable, order))
                .params(params)
                .query(RecordRows.of(row))
                .stream()) {
            rows.forEach(each);
        }
    }

    /**
     * The selected rows as one unordered SELECT of {@code columns}, to be part of a larger statement (a WITH query), bound
     * with {@link #params()}.
     */
    public String select(String columns) {
        var where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return "select " + columns + " from " + from + where;
    }

    /** The values the conditions bind, for a statement made with {@link #select}. */
    public Map<String, Object> params() {
        return java.util.Collections.unmodifiableMap(params);
    }

    /**
     * The rows grouped by {@code groupBy}, each with {@code columns} (aggregates among them); not paged, for the number
     * of groups is bounded by what they are grouped by (the cells of a matrix, the sites of a plant).
     */
    public <T> List<T> grouped(JdbcClient jdbc, String columns, String groupBy, Class<T> row) {
        return jdbc.sql("select " + columns + " from " + from + whereClause() + " group by " + groupBy)
                .params(params)
                .query(RecordRows.of(row))
                .list();
    }

    private String whereClause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
