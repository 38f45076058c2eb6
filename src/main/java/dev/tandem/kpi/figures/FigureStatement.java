package dev.tandem.kpi.figures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Several figure queries sent to the database as one statement ({@code union all}), so that a dashboard costs one
 * round trip, not one per figure: on a busy server every round trip waits for the database process to be scheduled
 * again (docs/benchmarks.md). Each part selects a text key and up to {@value #NUMBERS} numbers and reads back only
 * its own rows; parts share named parameters, which must mean the same wherever they appear.
 */
final class FigureStatement {

    static final int NUMBERS = 6;

    /** Reads one row of a part: its key, and its numbers in columns 3 to 8. */
    @FunctionalInterface
    interface Rows {
        void read(String key, ResultSet row) throws SQLException;
    }

    private final List<String> parts = new ArrayList<>();
    private final List<Rows> readers = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /**
     * Adds a part.
     *
     * @param select a query whose first column is the key (text) and whose further {@code numbers} columns are numbers
     */
    FigureStatement add(String select, int numbers, Map<String, ?> partParams, Rows rows) {
        if (numbers > NUMBERS) {
            throw new IllegalArgumentException("A part selects at most " + NUMBERS + " numbers");
        }
        var padding = ", 0".repeat(NUMBERS - numbers);
        parts.add("select " + parts.size() + ", part.*" + padding + " from (" + select + ") part");
        readers.add(rows);
        params.putAll(partParams);
        return this;
    }

    FigureStatement param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /**
     * Runs the statement; inside a transaction, planned for the values at hand. Once the driver has prepared the
     * statement on the server (its fifth run on a connection), PostgreSQL may switch to a plan for any values, which
     * walked a year of the enterprise's closed actions for one contractor's few: 16 ms instead of 8
     * (docs/benchmarks.md). The setting ends with the transaction.
     */
    void run(JdbcClient jdbc) {
        if (parts.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        }
        jdbc.sql(String.join(" union all ", parts))
                .params(params)
                .query((row, number) -> {
                    readers.get(row.getInt(1)).read(row.getString(2), row);
                    return number;
                })
                .list();
    }
}
