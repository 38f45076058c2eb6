package dev.tandem.shared;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into one table with PostgreSQL's COPY, in its text format, on the connection of the transaction they
 * belong to: millions of rows in the time a few thousand single inserts take. For bulk writes (imports, the demo's
 * enterprise-scale plant) of a module's own tables.
 */
public class CopyRows {

    private static final int FLUSH_AT = 1 << 20;

    private static final HexFormat HEX = HexFormat.of();

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private boolean firstInRow = true;
    private long rows;

    protected CopyRows(CopyIn copy) {
        this.copy = copy;
    }

    /** A COPY into the table's columns (a comma-separated list) on the connection. */
    public static CopyRows into(Connection connection, String table, String columns) throws SQLException {
        return new CopyRows(copyIn(connection, table, columns));
    }

    protected static CopyIn copyIn(Connection connection, String table, String columns) throws SQLException {
        return connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("copy " + table + " (" + columns + ") from stdin");
    }

    /** The next value of the current row: null, text, a number, a boolean, an id, a time, a day or bytes. */
    public CopyRows add(Object value) {
        if (!firstInRow) {
            buffer.append('\t');
        }
        firstInRow = false;
        if (value == null) {
            buffer.append("\\N");
        } else if (value instanceof String text) {
            escape(text);
        } else if (value instanceof Boolean flag) {
            buffer.append(flag ? 't' : 'f');
        } else if (value instanceof BigDecimal number) {
            buffer.append(number.toPlainString());
        } else if (value instanceof Enum<?> constant) {
            buffer.append(constant.name());
        } else if (value instanceof Instant || value instanceof LocalDate || value instanceof Number) {
            buffer.append(value);
        } else if (value instanceof byte[] bytes) {
            // bytea in hex, its backslash escaped as COPY's text format reads it
            buffer.append("\\\\x");
            HEX.formatHex(buffer, bytes);
        } else {
            escape(value.toString());
        }
        return this;
    }

    /** Ends the current row. */
    public void row() throws SQLException {
        buffer.append('\n');
        firstInRow = true;
        rows++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    /** Sends what is left and ends the COPY; answers how many rows it wrote. */
    public long finish() throws SQLException {
        try {
            flush();
            copy.endCopy();
            return rows;
        } catch (SQLException | RuntimeException failure) {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            throw failure;
        }
    }

    private void flush() throws SQLException {
        if (buffer.length() > 0) {
            var bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }

    private void escape(String text) {
        // most values need no escaping: appended whole, not character by character (which the profile of a
        // 300,000-row import found its largest single cost)
        if (text.indexOf('\\') < 0 && text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            buffer.append(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }
}
