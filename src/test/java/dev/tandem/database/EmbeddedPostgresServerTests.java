package dev.tandem.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTests {

    @TempDir
    Path directory;

    @Test
    void keepsDataAcrossRestarts() throws Exception {
        var properties = new EmbeddedDatabaseProperties(directory, 0, false);

        var first = EmbeddedPostgresServer.acquire(properties);
        try (var connection = DriverManager.getConnection(first.jdbcUrl());
                var statement = connection.createStatement()) {
            statement.execute("create table kept (value text)");
            statement.execute("insert into kept values ('still here')");
        }
        first.release();

        var second = EmbeddedPostgresServer.acquire(properties);
        try (var connection = DriverManager.getConnection(second.jdbcUrl());
                var rows = connection.createStatement().executeQuery("select value from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        } finally {
            second.release();
        }
    }

    @Test
    void isAsDurableAsAnOrdinaryPostgres() throws Exception {
        var server = EmbeddedPostgresServer.acquire(new EmbeddedDatabaseProperties(directory, 0, false));
        try (var connection = DriverManager.getConnection(server.jdbcUrl());
                var statement = connection.createStatement()) {
            for (var setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (var rows = statement.executeQuery("show " + setting)) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1)).as(setting).isEqualTo("on");
                }
            }
        } finally {
            server.release();
        }
    }

    @Test
    void refusesADataFolderLockedByAnotherInstance() throws Exception {
        Files.createDirectories(directory);
        try (var channel = FileChannel.open(
                        directory.resolve("tandem.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                var lock = channel.lock()) {
            assertThatThrownBy(
                            () -> EmbeddedPostgresServer.acquire(new EmbeddedDatabaseProperties(directory, 0, false)))
                    .isInstanceOf(EmbeddedDatabaseUnavailable.class)
                    .hasMessageContaining("is in use by another running Tandem")
                    .satisfies(e -> assertThat(((EmbeddedDatabaseUnavailable) e).action())
                            .contains("TANDEM_DATABASE_EMBEDDED_DIRECTORY"));
        }
    }

    @Test
    void refusesAPortThatIsTaken() throws Exception {
        try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var port = taken.getLocalPort();
            assertThatThrownBy(() ->
                            EmbeddedPostgresServer.acquire(new EmbeddedDatabaseProperties(directory, port, false)))
                    .isInstanceOf(EmbeddedDatabaseUnavailable.class)
                    .hasMessageContaining("Port " + port)
                    .hasMessageContaining("already taken");
        }
        // the refused start left the folder usable
        var server = EmbeddedPostgresServer.acquire(new EmbeddedDatabaseProperties(directory, 0, false));
        server.release();
    }

    @Test
    void explainsAFailedStartInsteadOfAStackTrace() {
        var failure = new EmbeddedDatabaseUnavailable("Port 1 is taken.", "Choose another port.", null);
        var analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(new RuntimeException(failure));
        assertThat(analysis.getDescription()).isEqualTo("Port 1 is taken.");
        assertThat(analysis.getAction()).isEqualTo("Choose another port.");
    }
}
