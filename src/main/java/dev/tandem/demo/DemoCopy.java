package dev.tandem.demo;

import dev.tandem.shared.CopyRows;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;

/** The demo plant's rows streamed into one table with COPY, as {@link CopyRows} writes them. */
final class DemoCopy extends CopyRows {

    private DemoCopy(CopyIn copy) {
        super(copy);
    }

    public static DemoCopy into(Connection connection, String table, String columns) throws SQLException {
        return new DemoCopy(copyIn(connection, table, columns));
    }

    @Override
    public DemoCopy add(Object value) {
        super.add(value);
        return this;
    }
}
