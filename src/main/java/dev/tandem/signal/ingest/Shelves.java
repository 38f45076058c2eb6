package dev.tandem.signal.ingest;

import static dev.tandem.shared.Role.ADMIN;
import static dev.tandem.shared.Role.DIRECTOR;
import static dev.tandem.shared.Role.HSE_SPECIALIST;
import static dev.tandem.shared.Role.LINE_MANAGER;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shelving a noisy equipment's warnings for a while (ISA-18.2's shelved alarm): the safety department or a line
 * manager of the owner company shelves them until a time, with a reason; the warnings that fire meanwhile are kept
 * and counted but reach nobody; the shelf ends by itself at its time, or earlier when someone ends it. A shelf is
 * never longer than a week, so nothing is silenced and forgotten.
 */
@Service
@Transactional
public class Shelves {

    static final Duration LONGEST = Duration.ofDays(7);
    private static final int REASON_LENGTH = 500;
    private static final Role[] SHELVERS = {HSE_SPECIALIST, LINE_MANAGER};

    private final JdbcClient jdbc;
    private final Clock clock;
    private final EquipmentReach reach;

    Shelves(JdbcClient jdbc, Clock clock, EquipmentReach reach) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.reach = reach;
    }

    /**
     * A shelf of an equipment's warnings.
     *
     * @param endedAt when someone ended it before its time; null otherwise
     * @param active whether it holds warnings back now
     * @param heldBack how many warnings it has held back so far
     */
    public record Shelf(
            UUID id,
            UUID equipmentId,
            String code,
            Instant shelvedAt,
            Instant shelvedUntil,
            String reason,
            String byName,
            Instant endedAt,
            String endedByName,
            boolean active,
            long heldBack) {}

    /** Shelves the equipment's warnings until {@code until}; the reason is required. */
    public Shelf shelve(UUID equipmentId, Instant until, String reason, Viewer viewer) {
        viewer.requireOwnerRole(SHELVERS);
        reach.require(equipmentId, viewer);
        var why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidRequestException("reason", "signal.shelf.reasonRequired");
        }
        if (why.length() > REASON_LENGTH) {
            throw new InvalidRequestException("reason", "signal.reasonTooLong", REASON_LENGTH);
        }
        var now = Instant.now(clock);
        if (until == null || !until.isAfter(now)) {
            throw new InvalidRequestException("until", "signal.shelf.untilPast");
        }
        if (until.isAfter(now.plus(LONGEST))) {
            throw new InvalidRequestException("until", "signal.shelf.tooLong", LONGEST.toDays());
        }
        var id = UUID.randomUUID();
        jdbc.sql(
                        """
                        insert into signal_shelf (id, equipment_id, shelved_at, shelved_until, reason, shelved_by, by_name)
                        values (:id, :equipment, :at, :until, :reason, :by, :name)""")
                .param("id", id)
                .param("equipment", equipmentId)
                .param("at", Timestamp.from(now))
                .param("until", Timestamp.from(until))
                .param("reason", why)
                .param("by", viewer.userId())
                .param("name", viewer.displayName())
                .update();
        return shelf(id);
    }

    /** Shelves the equipment's warnings for {@code duration} from now. */
    public Shelf shelveFor(UUID equipmentId, Duration duration, String reason, Viewer viewer) {
        return shelve(equipmentId, Instant.now(clock).plus(duration), reason, viewer);
    }

    /** Ends a shelf before its time: the equipment's next warnings reach people again. */
    public Shelf end(UUID shelfId, Viewer viewer) {
        viewer.requireOwnerRole(SHELVERS);
        var shelf = shelf(shelfId);
        reach.require(shelf.equipmentId(), viewer);
        if (!shelf.active()) {
            throw new InvalidRequestException("id", "signal.shelf.notActive");
        }
        jdbc.sql("update signal_shelf set ended_at = :at, ended_by_name = :name where id = :id and ended_at is null")
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("name", viewer.displayName())
                .param("id", shelfId)
                .update();
        return shelf(shelfId);
    }

    /** Shelves in force and those that ended in the last week, the latest first. */
    @Transactional(readOnly = true)
    public List<Shelf> recent(Viewer viewer) {
        viewer.requireOwnerRole(ADMIN, HSE_SPECIALIST, LINE_MANAGER, DIRECTOR);
        return query("where coalesce(s.ended_at, s.shelved_until) > cast(:since as timestamptz)")
                .param("since", Timestamp.from(Instant.now(clock).minus(LONGEST)))
                .query((rs, row) -> shelfOf(rs))
                .list();
    }

    public boolean canShelve(Viewer viewer) {
        return viewer.hasOwnerRole(SHELVERS);
    }

    private Shelf shelf(UUID id) {
        return query("where s.id = :id")
                .param("id", id)
                .query((rs, row) -> shelfOf(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("Shelf", id));
    }

    private JdbcClient.StatementSpec query(String where) {
        return jdbc.sql(
                        """
                        select s.*, e.code, (s.ended_at is null and s.shelved_at <= :now and s.shelved_until > :now)
                                   as active,
                               (select count(*) from signal_warning w where w.equipment_id = s.equipment_id
                                  and w.disposition = 'SHELVED' and w.recorded_at >= s.shelved_at
                                  and w.recorded_at < coalesce(s.ended_at, s.shelved_until)) as held_back
                        from signal_shelf s join equipment e on e.id = s.equipment_id
                        """
                                + where + " order by s.shelved_at desc limit 200")
                .param("now", Timestamp.from(Instant.now(clock)));
    }

    private static Shelf shelfOf(java.sql.ResultSet rs) throws java.sql.SQLException {
        var ended = rs.getTimestamp("ended_at");
        return new Shelf(
                rs.getObject("id", UUID.class),
                rs.getObject("equipment_id", UUID.class),
                rs.getString("code"),
                rs.getTimestamp("shelved_at").toInstant(),
                rs.getTimestamp("shelved_until").toInstant(),
                rs.getString("reason"),
                rs.getString("by_name"),
                ended == null ? null : ended.toInstant(),
                rs.getString("ended_by_name"),
                rs.getBoolean("active"),
                rs.getLong("held_back"));
    }
}
