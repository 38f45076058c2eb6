package dev.tandem.shared.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Import jobs are kept in the database: a job run by another node is answered here, to its starter only, and a job
 * whose node was stopped or fell silent is shown as interrupted, having written nothing.
 */
@TandemIntegrationTest
class ImportJobsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobStore store;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aJobRunOnAnotherNodeIsAnsweredHereToItsStarterOnly() throws Exception {
        var logins = new Logins(context);
        var otherNode = new ImportJobs(store, Clock.systemUTC());
        try {
            var job = otherNode.start("training", csv(), logins.viewer("hse"), (file, progress) -> {
                progress.read(3);
                progress.writing(3);
                progress.written(3);
                return ImportReport.written(2, 1, 0);
            });
            var path = "/api/v1/imports/" + job.id();
            var answer = "";
            for (int attempt = 0; attempt < 100 && !answer.contains("\"DONE\""); attempt++) {
                Thread.sleep(100);
                answer = mvc.perform(get(path).header("Authorization", logins.bearer("hse")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
            }
            assertThat(JsonPath.<String>read(answer, "$.stage")).isEqualTo("DONE");
            assertThat(JsonPath.<Integer>read(answer, "$.created")).isEqualTo(2);
            assertThat(JsonPath.<Integer>read(answer, "$.updated")).isEqualTo(1);
            assertThat(JsonPath.<Integer>read(answer, "$.written")).isEqualTo(3);
            mvc.perform(get(path).header("Authorization", logins.bearer("contractor1")))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/training/imports/" + job.id()).with(logins.as("hse")))
                    .andExpect(status().isOk());
            mvc.perform(get("/risks/imports/" + job.id()).with(logins.as("hse")))
                    .andExpect(status().isNotFound());
        } finally {
            otherNode.stop();
        }
    }

    @Test
    void aJobWhoseNodeFellSilentIsShownInterrupted() throws Exception {
        var logins = new Logins(context);
        var id = UUID.randomUUID();
        var silentSince = Timestamp.from(Instant.now().minus(Duration.ofMinutes(5)));
        jdbc.sql(
                        """
                        insert into import_job (id, kind, user_id, stage, rows_read, rows_total, rows_written,
                            started_at, alive_at)
                        values (:id, 'training', :user, 'WRITING', 5000, 5000, 1000, :at, :at)""")
                .param("id", id)
                .param("user", logins.viewer("hse").userId())
                .param("at", silentSince)
                .update();

        mvc.perform(get("/api/v1/imports/" + id).header("Authorization", logins.bearer("hse")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("REFUSED"))
                .andExpect(jsonPath("$.problem")
                        .value("The import was stopped by a restart of the server before it ended and wrote nothing;"
                                + " send the file again."));
        var page = mvc.perform(
                        get("/training/imports/" + id).with(logins.as("hse")).locale(Locale.forLanguageTag("ru")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Импорт остановлен перезапуском сервера").doesNotContain("hx-trigger");
    }

    @Test
    void aJobStoppedWithItsNodeIsShownInterruptedAndWroteNothing() throws Exception {
        var logins = new Logins(context);
        var node = new ImportJobs(store, Clock.systemUTC());
        var writing = new CountDownLatch(1);
        var marker = UUID.randomUUID();
        var job = node.start("training", csv(), logins.viewer("hse"), (file, progress) -> {
            progress.writing(1);
            return transactions.execute(transaction -> {
                // a row written in the import's transaction, which the stop leaves uncommitted
                jdbc.sql(
                                """
                                insert into import_job (id, kind, user_id, stage, started_at, alive_at)
                                values (:id, 'marker', :user, 'DONE', now(), now())""")
                        .param("id", marker)
                        .param("user", logins.viewer("hse").userId())
                        .update();
                writing.countDown();
                try {
                    new CountDownLatch(1).await();
                    return ImportReport.written(1, 0, 0);
                } catch (InterruptedException stopped) {
                    throw new IllegalStateException("stopped", stopped);
                }
            });
        });
        assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();
        node.stop();

        mvc.perform(get("/api/v1/imports/" + job.id()).header("Authorization", logins.bearer("hse")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("REFUSED"))
                .andExpect(jsonPath("$.problem").value(org.hamcrest.Matchers.startsWith("The import was stopped")));
        assertThat(jdbc.sql("select count(*) from import_job where id = :id")
                        .param("id", marker)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static MockMultipartFile csv() {
        return new MockMultipartFile("file", "records.csv", "text/csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
    }
}
