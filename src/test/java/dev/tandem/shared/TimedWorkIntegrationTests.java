package dev.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.tandem.TandemIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Timed work on several application nodes: two schedulers on one database run each due task once. */
@TandemIntegrationTest
class TimedWorkIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoNodesOnOneDatabaseRunEachDueTaskOnce() {
        var runs = new ConcurrentHashMap<String, AtomicInteger>();
        var byNode = new ConcurrentHashMap<String, AtomicInteger>();
        var properties = new TimedWorkProperties(Duration.ofMillis(100), 4, Duration.ofSeconds(10), 4);
        var first = new TimedWork(dataSource, List.<Task<?>>of(task("first", runs, byNode)), properties);
        var second = new TimedWork(dataSource, List.<Task<?>>of(task("second", runs, byNode)), properties);
        var instances = new ArrayList<String>();
        for (int i = 0; i < 40; i++) {
            instances.add("reminder-" + i);
            first.client().schedule(task("first", runs, byNode).instance("reminder-" + i), Instant.now());
        }

        first.start();
        second.start();
        try {
            await().atMost(Duration.ofMinutes(1))
                    .until(() -> jdbc.sql("select count(*) from scheduled_tasks where task_name = 'two-node-test'")
                                    .query(Long.class)
                                    .single()
                            == 0);
        } finally {
            first.stop();
            second.stop();
        }

        assertThat(runs.keySet()).containsExactlyInAnyOrderElementsOf(instances);
        assertThat(runs.values()).allSatisfy(count -> assertThat(count.get()).isOne());
        assertThat(byNode.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(40);
    }

    @Test
    void aNodeStoppedAndStartedAgainRunsWhatFallsDueAfterwards() {
        var runs = new ConcurrentHashMap<String, AtomicInteger>();
        var byNode = new ConcurrentHashMap<String, AtomicInteger>();
        var node = new TimedWork(
                dataSource,
                List.<Task<?>>of(task("node", runs, byNode)),
                new TimedWorkProperties(Duration.ofMillis(100), 2, Duration.ofSeconds(10), 4));
        node.start();
        node.stop();

        node.start();
        try {
            node.client().schedule(task("node", runs, byNode).instance("after-restart"), Instant.now());
            await().atMost(Duration.ofMinutes(1)).until(() -> runs.containsKey("after-restart"));
        } finally {
            node.stop();
        }
        assertThat(node.isRunning()).isFalse();
        assertThat(runs.get("after-restart").get()).isOne();
    }

    @Test
    void aTaskOfANodeKilledWhileRunningItIsRunAgainOnceItsHeartbeatsStop() {
        var runs = new ConcurrentHashMap<String, AtomicInteger>();
        var byNode = new ConcurrentHashMap<String, AtomicInteger>();
        // what a node killed with kill -9 leaves: the task picked, its heartbeat going stale
        jdbc.sql(
                        """
                        insert into scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by,
                                                     last_heartbeat, version)
                        values ('two-node-test', 'killed-mid-run', now() - interval '2 minutes', true, 'killed-node',
                                now() - interval '5 seconds', 1)""")
                .update();
        var survivor = new TimedWork(
                dataSource,
                List.<Task<?>>of(task("survivor", runs, byNode)),
                new TimedWorkProperties(Duration.ofMillis(100), 2, Duration.ofMillis(500), 4));
        survivor.start();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> runs.containsKey("killed-mid-run"));
        } finally {
            survivor.stop();
        }
        assertThat(runs.get("killed-mid-run").get()).isOne();
    }

    /** The same task as each node declares it: counts its runs by instance and by the node that ran it. */
    private static OneTimeTask<Void> task(
            String node, Map<String, AtomicInteger> runs, Map<String, AtomicInteger> byNode) {
        return Tasks.oneTime("two-node-test").execute((instance, context) -> {
            runs.computeIfAbsent(instance.getId(), id -> new AtomicInteger()).incrementAndGet();
            byNode.computeIfAbsent(node, id -> new AtomicInteger()).incrementAndGet();
        });
    }
}
