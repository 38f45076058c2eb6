package dev.tandem.kpi.figures;

import java.util.HashMap;
import java.util.Map;

/**
 * The conditions that narrow one SQL source to a {@link FigureScope}; each source names its own columns for the
 * site, the area and the organisation a row counts for.
 */
final class ScopeSql {

    private final StringBuilder conditions = new StringBuilder();
    private final Map<String, Object> params = new HashMap<>();

    /** @param areaColumn null for a source that knows no areas; such a source is never asked for an area */
    static ScopeSql of(FigureScope scope, String siteColumn, String areaColumn, String organisationColumn) {
        var sql = new ScopeSql();
        if (scope.siteId() != null) {
            sql.add(siteColumn + " = :scopeSite", "scopeSite", scope.siteId());
        }
        if (scope.areaId() != null) {
            if (areaColumn == null) {
                throw new IllegalArgumentException("This source knows no areas");
            }
            sql.add(areaColumn + " = :scopeArea", "scopeArea", scope.areaId());
        }
        if (scope.organisationId() != null) {
            sql.add(organisationColumn + " = :scopeOrganisation", "scopeOrganisation", scope.organisationId());
        }
        switch (scope.workforce()) {
            case OWN_STAFF -> sql.add(organisationColumn + " in (select id from organisation where kind = 'OWNER')");
            case CONTRACTORS ->
                sql.add(organisationColumn + " in (select id from organisation where kind = 'CONTRACTOR')");
            case ALL -> {}
        }
        return sql;
    }

    private void add(String condition, String param, Object value) {
        add(condition);
        params.put(param, value);
    }

    private void add(String condition) {
        conditions.append(" and ").append(condition);
    }

    /** The conditions, each starting with {@code and}, to follow a WHERE clause. */
    String and() {
        return conditions.toString();
    }

    Map<String, Object> params() {
        return params;
    }
}
