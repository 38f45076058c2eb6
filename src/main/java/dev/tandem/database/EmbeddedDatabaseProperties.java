package dev.tandem.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL server, used only when no {@code spring.datasource.url} is set.
 *
 * @param directory where the server keeps its data; survives restarts
 * @param port the loopback port the server listens on; 0 picks a free one
 * @param cleanOnStart start from an empty database and wipe it again on stop (tests only)
 */
@ConfigurationProperties("tandem.database.embedded")
record EmbeddedDatabaseProperties(
        @DefaultValue("data") Path directory,
        @DefaultValue("15432") int port,
        @DefaultValue("false") boolean cleanOnStart) {}
