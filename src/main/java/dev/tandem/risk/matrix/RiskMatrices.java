package dev.tandem.risk.matrix;

import static dev.tandem.shared.Role.ADMIN;
import static dev.tandem.shared.Role.HSE_SPECIALIST;

import dev.tandem.risk.Band;
import dev.tandem.risk.matrix.RiskMatrix.Label;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Viewer;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of the risk matrix. The latest is the one new assessments use; older ones stay as they were published,
 * so an assessment always reads on the matrix it was made on. Publishing is the matrix's history: who and when.
 */
@Service
public class RiskMatrices {

    private static final String COLUMNS =
            """
            id, number, likelihood_en, likelihood_ru, severity_en, severity_ru, bands, published_at, published_by_name
            from risk_matrix""";

    private static final String SEPARATOR = "\u001f";

    /**
     * The id of the version new assessments are made on, as a scalar subquery: a statement that reads the register
     * names it beside its own columns instead of asking in a statement of its own (see {@link #published}).
     */
    public static final String CURRENT_ID = "(select id from risk_matrix order by number desc limit 1)";

    private final JdbcClient jdbc;
    private final Clock clock;

    /** A published version never changes, so each is read once. */
    private final Map<UUID, RiskMatrix> published = new ConcurrentHashMap<>();

    RiskMatrices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The version new assessments are made on; one statement, in the caller's transaction if it has one. (It and
     * {@link #published} pass through no transaction interceptor: one that opened nothing was 2 % of the register's
     * requests' CPU by JFR, for a heat map's matrix found in memory.)
     */
    public RiskMatrix current() {
        return jdbc.sql("select " + COLUMNS + " order by number desc limit 1")
                .query(RiskMatrices::matrix)
                .single();
    }

    /** A published version by its id, read from the database the first time only. */
    public RiskMatrix published(UUID id) {
        var known = published.get(id);
        if (known != null) {
            return known;
        }
        var read = version(id);
        published.put(id, read);
        return read;
    }

    @Transactional(readOnly = true)
    public RiskMatrix version(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("RiskMatrix", id));
    }

    @Transactional(readOnly = true)
    public Optional<RiskMatrix> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " where id = :id")
                .param("id", id)
                .query(RiskMatrices::matrix)
                .optional();
    }

    /** Every version, latest first. */
    @Transactional(readOnly = true)
    public List<RiskMatrix> versions() {
        return jdbc.sql("select " + COLUMNS + " order by number desc")
                .query(RiskMatrices::matrix)
                .list();
    }

    /** Whether the viewer may publish a new version: the owner company's administrators and safety department. */
    public static boolean canPublish(Viewer viewer) {
        return viewer.hasOwnerRole(ADMIN, HSE_SPECIALIST);
    }

    /** Publishes a new version; assessments made before keep theirs. */
    @Transactional
    public RiskMatrix publish(PublishMatrix command, Viewer viewer) {
        if (!canPublish(viewer)) {
            throw new org.springframework.security.access.AccessDeniedException("publishing the risk matrix");
        }
        var bands = cells(command);
        var id = UUID.randomUUID();
        jdbc.sql(
                        """
                        insert into risk_matrix (id, number, likelihood_levels, severity_levels, likelihood_en,
                            likelihood_ru, severity_en, severity_ru, bands, published_at, published_by,
                            published_by_name)
                        values (:id, (select coalesce(max(number), 0) + 1 from risk_matrix), :l, :s,
                            string_to_array(:len, :sep), string_to_array(:lru, :sep), string_to_array(:sen, :sep),
                            string_to_array(:sru, :sep), string_to_array(:bands, :sep), :at, :by, :name)""")
                .param("sep", SEPARATOR)
                .param("id", id)
                .param("l", command.likelihoods().size())
                .param("s", command.severities().size())
                .param("len", texts(command.likelihoods().stream().map(PublishMatrix.Level::en)))
                .param("lru", texts(command.likelihoods().stream().map(PublishMatrix.Level::ru)))
                .param("sen", texts(command.severities().stream().map(PublishMatrix.Level::en)))
                .param("sru", texts(command.severities().stream().map(PublishMatrix.Level::ru)))
                .param("bands", texts(bands.stream().map(Band::name)))
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("by", viewer.userId())
                .param("name", viewer.displayName())
                .update();
        return version(id);
    }

    /** The bands of every cell, likelihood-major; a row of the wrong length is refused. */
    private static List<Band> cells(PublishMatrix command) {
        if (command.bands().size() != command.likelihoods().size()) {
            throw new InvalidRequestException("bands", "rule.matrixShape");
        }
        var cells = new ArrayList<Band>();
        for (var row : command.bands()) {
            if (row.size() != command.severities().size()) {
                throw new InvalidRequestException("bands", "rule.matrixShape");
            }
            cells.addAll(row);
        }
        return cells;
    }

    /** The values as one text for {@code string_to_array}: labels never hold the unit separator. */
    private static String texts(java.util.stream.Stream<String> values) {
        return values.map(value -> value.strip().replace(SEPARATOR, " "))
                .collect(java.util.stream.Collectors.joining(SEPARATOR));
    }

    private static RiskMatrix matrix(ResultSet rs, int row) throws SQLException {
        return new RiskMatrix(
                rs.getObject("id", UUID.class),
                rs.getInt("number"),
                labels(rs.getArray("likelihood_en"), rs.getArray("likelihood_ru")),
                labels(rs.getArray("severity_en"), rs.getArray("severity_ru")),
                Arrays.stream(strings(rs.getArray("bands"))).map(Band::valueOf).toList(),
                rs.getTimestamp("published_at").toInstant(),
                rs.getString("published_by_name"));
    }

    private static List<Label> labels(Array en, Array ru) throws SQLException {
        var english = strings(en);
        var russian = strings(ru);
        var labels = new ArrayList<Label>();
        for (int i = 0; i < english.length; i++) {
            labels.add(new Label(english[i], russian[i]));
        }
        return labels;
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }
}
