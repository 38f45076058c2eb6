package dev.tandem.risk;

import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Pictures.Picture;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The controls of a risk and the verifications of a control as their pages and the API list them. */
@Component
@Transactional(readOnly = true)
public class ControlQueries {

    private static final String SELECT =
            """
            select c.id, c.risk_id, c.level, c.description, c.owner_person_id, p.full_name as owner_name, c.critical,
                   c.performance_standard, c.cadence_days, c.effectiveness, c.last_verified_at, c.created_at,
                   c.voided_at is not null as voided
            from risk_control c join person p on p.id = c.owner_person_id""";

    /** Current controls first, the most effective level first, critical ones first within a level. */
    private static final String ORDER =
            """
             order by c.voided_at is not null,
                      array_position(array['ELIMINATION', 'SUBSTITUTION', 'ENGINEERING', 'ADMINISTRATIVE', 'PPE'],
                                     c.level),
                      c.critical desc, c.created_at, c.id""";

    private final JdbcClient jdbc;
    private final RiskRegister risks;
    private final ControlRegister register;
    private final ControlVerifications verifications;
    private final RiskReferences references;
    private final Clock clock;

    ControlQueries(
            JdbcClient jdbc,
            RiskRegister risks,
            ControlRegister register,
            ControlVerifications verifications,
            RiskReferences references,
            Clock clock) {
        this.references = references;
        this.jdbc = jdbc;
        this.risks = risks;
        this.register = register;
        this.verifications = verifications;
        this.clock = clock;
    }

    /**
     * A control as lists show it.
     *
     * @param dueAt when its next verification is due (critical controls only)
     * @param overdue whether that is past
     */
    public record ControlRow(
            UUID id,
            UUID riskId,
            ControlLevel level,
            String description,
            UUID ownerPersonId,
            String ownerName,
            boolean critical,
            String performanceStandard,
            Integer cadenceDays,
            Effectiveness effectiveness,
            Instant lastVerifiedAt,
            Instant dueAt,
            boolean overdue,
            boolean voided) {}

    /** The risk's controls, current ones first, most effective level first; a page of them. */
    public Page<ControlRow> controls(UUID riskId, Paging paging, Viewer viewer) {
        risks.risk(riskId, viewer);
        long total = jdbc.sql("select count(*) from risk_control where risk_id = :risk")
                .param("risk", riskId)
                .query(Long.class)
                .single();
        var rows = jdbc.sql(SELECT + " where c.risk_id = :risk " + ORDER + paging.limit())
                .param("risk", riskId)
                .query(this::row)
                .list();
        return new Page<>(rows, paging.page(), paging.size(), total);
    }

    /** A control by its id alone, to a viewer who may read its risk: for modules that hear of it by its events. */
    public ControlRow control(UUID controlId, Viewer viewer) {
        return findControl(controlId, viewer).orElseThrow(() -> new NotFoundException("RiskControl", controlId));
    }

    /**
     * A control by its id alone, if there is one and the viewer may read its risk: for a caller in a transaction of
     * its own, which a "not found" thrown through this transactional method would mark for rollback.
     */
    public Optional<ControlRow> findControl(UUID controlId, Viewer viewer) {
        return jdbc.sql(SELECT + " where c.id = :id")
                .param("id", controlId)
                .query(this::row)
                .optional()
                .filter(row -> risks.findRisk(row.riskId(), viewer).isPresent());
    }

    /** One control of the risk as lists show it. */
    public ControlRow control(UUID riskId, UUID controlId, Viewer viewer) {
        register.control(riskId, controlId, viewer);
        return jdbc.sql(SELECT + " where c.id = :id")
                .param("id", controlId)
                .query(this::row)
                .single();
    }

    private ControlRow row(ResultSet rs, int row) throws SQLException {
        boolean critical = rs.getBoolean("critical");
        Integer cadence = rs.getObject("cadence_days", Integer.class);
        var last = instant(rs.getTimestamp("last_verified_at"));
        var due = RiskControl.dueAt(critical, cadence, last, instant(rs.getTimestamp("created_at")));
        boolean voided = rs.getBoolean("voided");
        return new ControlRow(
                rs.getObject("id", UUID.class),
                rs.getObject("risk_id", UUID.class),
                ControlLevel.valueOf(rs.getString("level")),
                rs.getString("description"),
                rs.getObject("owner_person_id", UUID.class),
                rs.getString("owner_name"),
                critical,
                rs.getString("performance_standard"),
                cadence,
                Effectiveness.valueOf(rs.getString("effectiveness")),
                last,
                due,
                RiskControl.overdue(due, voided, Instant.now(clock)),
                voided);
    }

    /** The control's verifications, newest first. */
    public Page<ControlVerification> verifications(UUID riskId, UUID controlId, Paging paging, Viewer viewer) {
        register.control(riskId, controlId, viewer);
        return verifications.of(controlId, paging);
    }

    /** The photo of a verification, to a viewer who may read the control. */
    public Optional<Picture> photo(UUID riskId, UUID controlId, UUID verificationId, Viewer viewer) {
        register.control(riskId, controlId, viewer);
        return verifications.photo(controlId, verificationId);
    }

    public Instant now() {
        return Instant.now(clock);
    }

    /** Today in the enterprise's time zone. */
    public LocalDate today() {
        return references.today();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
