package dev.tandem.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.TandemIntegrationTest;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@TandemIntegrationTest
class DatabaseNotificationsIntegrationTests {

    @Autowired
    DatabaseNotifications notifications;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DataSource dataSource;

    @Test
    void aMessageLeavesWhenItsTransactionCommitsAndNeverWhenItRollsBack() throws Exception {
        var heard = new LinkedBlockingQueue<String>();
        try (var listening = notifications.listen("tandem_test_commit", heard::add)) {
            awaitListening("tandem_test_commit", heard);

            transactions.executeWithoutResult(status -> {
                notifications.send("tandem_test_commit", "rolled back");
                status.setRollbackOnly();
            });
            transactions.executeWithoutResult(status -> {
                notifications.send("tandem_test_commit", "committed");
                assertThat(heard).as("nothing leaves before the commit").isEmpty();
            });

            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo("committed");
            assertThat(heard.poll(300, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Test
    void anotherNodesMessageIsHeard() throws Exception {
        var heard = new LinkedBlockingQueue<String>();
        try (var listening = notifications.listen("tandem_test_nodes", heard::add)) {
            awaitListening("tandem_test_nodes", heard);

            // another node is another connection to the same database
            try (var connection = dataSource.getConnection();
                    var statement = connection.prepareStatement("select pg_notify('tandem_test_nodes', 'from afar')")) {
                statement.executeQuery().close();
            }

            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo("from afar");
        }
    }

    @Test
    void aClosedListeningHearsNoMore() throws Exception {
        var kept = new LinkedBlockingQueue<String>();
        var dropped = new LinkedBlockingQueue<String>();
        try (var keeping = notifications.listen("tandem_test_close", kept::add)) {
            awaitListening("tandem_test_close", kept);
            notifications.listen("tandem_test_close", dropped::add).close();

            notifications.send("tandem_test_close", "after");

            assertThat(kept.poll(10, TimeUnit.SECONDS)).isEqualTo("after");
            assertThat(dropped).isEmpty();
        }
    }

    @Test
    void aChannelIsANameNotSql() {
        assertThatThrownBy(() -> notifications.listen("x; drop table person", message -> {}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> notifications.send("Upper", "message")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Sends probes until one comes back: from then on the channel is listened to. Late probes are cleared away. */
    private void awaitListening(String channel, BlockingQueue<String> heard) throws InterruptedException {
        String probe = null;
        for (int attempt = 0; attempt < 50 && probe == null; attempt++) {
            notifications.send(channel, "probe");
            probe = heard.poll(200, TimeUnit.MILLISECONDS);
        }
        assertThat(probe).as("listening on " + channel).isEqualTo("probe");
        while (heard.poll(300, TimeUnit.MILLISECONDS) != null) {
            // a probe sent before the first one came back
        }
    }
}
