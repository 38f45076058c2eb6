package dev.tandem.shared.imports;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.RowError;
import dev.tandem.shared.imports.ImportJob.Stage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The imports' jobs as the database keeps them, so that every node answers for every job: the node that runs a job
 * writes how far it has come and that it is alive; a job whose node has not said so for {@link #SILENT} is ended as
 * interrupted, with nothing written (its rows are written in one transaction), by whoever reads it next.
 */
@Component
class ImportJobStore {

    /** How long a running job's node may stay silent before the job is taken to have been interrupted. */
    static final Duration SILENT = Duration.ofMinutes(1);

    static final String INTERRUPTED = "import.interrupted";

    private static final TypeReference<List<Message>> MESSAGES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportJobStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A message of an error as kept: where it is (a row and column of the file, or none) and its code. */
    record Message(Integer row, String column, String code, List<Object> arguments) {

        static Message of(InvalidRequestException problem) {
            return new Message(null, problem.field(), problem.messageCode(), arguments(problem.arguments()));
        }

        static Message of(RowError error) {
            var codes = error.message().getCodes();
            return new Message(
                    error.row(),
                    error.column(),
                    codes == null || codes.length == 0 ? "rule.invalidFields" : codes[0],
                    arguments(error.message().getArguments()));
        }

        private static List<Object> arguments(Object[] arguments) {
            return arguments == null
                    ? List.of()
                    : java.util.Arrays.stream(arguments)
                            .map(argument -> argument instanceof Number || argument == null
                                    ? argument
                                    : String.valueOf(argument))
                            .toList();
        }

        InvalidRequestException problem() {
            return new InvalidRequestException(column, code, arguments.toArray());
        }

        RowError error() {
            return RowError.of(row, column, code, arguments.toArray());
        }
    }

    void started(ImportJob job, Instant at) {
        jdbc.sql(
                        """
                        insert into import_job (id, kind, user_id, stage, started_at, alive_at)
                        values (:id, :kind, :user, :stage, :at, :at)""")
                .param("id", job.id())
                .param("kind", job.kind())
                .param("user", job.userId())
                .param("stage", job.stage().name())
                .param("at", Timestamp.from(at))
                .update();
    }

    /** How far a running job has come, and that its node is alive; nothing once the job has ended. */
    void alive(ImportJob job, Instant at) {
        jdbc.sql(
                        """
                        update import_job set stage = :stage, rows_read = :read, rows_written = :written,
                            rows_total = :total, alive_at = :at
                        where id = :id and ended_at is null""")
                .param("id", job.id())
                .param("stage", job.stage().name())
                .param("read", job.read())
                .param("written", job.written())
                .param("total", job.total())
                .param("at", Timestamp.from(at))
                .update();
    }

    /**
     * How a job ended, which its node knows best: it stands even where the job was taken to have been interrupted
     * meanwhile.
     */
    void ended(ImportJob job, Instant at) {
        var report = job.report();
        jdbc.sql(
                        """
                        update import_job set stage = :stage, rows_read = :read, rows_written = :written,
                            rows_total = :total, created = :created, updated = :updated, unchanged = :unchanged,
                            wrong_cells = :wrongCells, errors = cast(:errors as jsonb),
                            problem = cast(:problem as jsonb), alive_at = :at, ended_at = :at
                        where id = :id""")
                .param("id", job.id())
                .param("stage", job.stage().name())
                .param("read", job.read())
                .param("written", job.written())
                .param("total", job.total())
                .param("created", report == null ? null : report.created())
                .param("updated", report == null ? null : report.updated())
                .param("unchanged", report == null ? null : report.unchanged())
                .param("wrongCells", report == null ? 0 : report.wrongCells())
                .param(
                        "errors",
                        json.writeValueAsString(
                                report == null
                                        ? List.of()
                                        : report.errors().stream()
                                                .map(Message::of)
                                                .toList()))
                .param("problem", job.problem() == null ? null : json.writeValueAsString(Message.of(job.problem())))
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Ends the jobs as interrupted, unless they have ended. */
    void interrupted(List<UUID> ids, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql(
                        """
                        update import_job set stage = 'REFUSED', problem = cast(:problem as jsonb), ended_at = :at
                        where id = any(:ids) and ended_at is null""")
                .param("ids", ids.toArray(UUID[]::new))
                .param("problem", json.writeValueAsString(new Message(null, "file", INTERRUPTED, List.of())))
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The job as it stands at {@code now}: interrupted, when its node has been silent too long. */
    Optional<ImportJob> job(UUID id, Instant now) {
        jdbc.sql(
                        """
                        update import_job set stage = 'REFUSED', problem = cast(:problem as jsonb), ended_at = :now
                        where id = :id and ended_at is null and alive_at < :silentSince""")
                .param("id", id)
                .param("problem", json.writeValueAsString(new Message(null, "file", INTERRUPTED, List.of())))
                .param("now", Timestamp.from(now))
                .param("silentSince", Timestamp.from(now.minus(SILENT)))
                .update();
        return jdbc.sql("select * from import_job where id = :id")
                .param("id", id)
                .query((row, number) -> job(row))
                .optional();
    }

    /** Forgets the jobs that ended before the time. */
    void forget(Instant endedBefore) {
        jdbc.sql("delete from import_job where ended_at < :before")
                .param("before", Timestamp.from(endedBefore))
                .update();
    }

    private ImportJob job(ResultSet row) throws SQLException {
        var stage = Stage.valueOf(row.getString("stage"));
        var errors = json.readValue(row.getString("errors"), MESSAGES).stream()
                .map(Message::error)
                .toList();
        var problem = row.getString("problem");
        ImportReport report = null;
        if (row.getObject("created") != null || row.getInt("wrong_cells") > 0 || !errors.isEmpty()) {
            report = new ImportReport(
                    row.getInt("created"),
                    row.getInt("updated"),
                    row.getInt("unchanged"),
                    row.getInt("wrong_cells"),
                    errors);
        }
        return new ImportJob(
                row.getObject("id", UUID.class),
                row.getString("kind"),
                row.getObject("user_id", UUID.class),
                stage,
                row.getInt("rows_read"),
                row.getInt("rows_written"),
                row.getInt("rows_total"),
                report,
                problem == null ? null : json.readValue(problem, Message.class).problem());
    }
}
