package dev.tandem.equipment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What machines are doing, as dispatch data says, for other modules: when each ran, idled or was down. */
@Service
public class EquipmentStates {

    private final JdbcClient jdbc;

    EquipmentStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A machine in one state from a moment on.
     *
     * @param planned whether it is a planned stop (a DOWN state whose reason is planned)
     */
    public record Spell(UUID equipmentId, Instant from, EquipmentState state, boolean planned) {

        public boolean running() {
            return state == EquipmentState.RUNNING;
        }
    }

    /** Every machine's state in effect at {@code at} and each change after it, oldest first, machine by machine. */
    public List<Spell> since(Instant at) {
        return spells(null, at);
    }

    /** The machine's state in effect at {@code at} and each change after it, oldest first. */
    public List<Spell> since(UUID equipmentId, Instant at) {
        return spells(equipmentId, at);
    }

    private List<Spell> spells(UUID equipmentId, Instant at) {
        return jdbc.sql(
                        """
                        select c.equipment_id, c.at, c.state, c.reason from equipment_state_change c
                        where c.voided_at is null
                          and (cast(:equipment as uuid) is null or c.equipment_id = :equipment)
                          and c.at >= coalesce((select max(d.at) from equipment_state_change d
                                                where d.equipment_id = c.equipment_id and d.voided_at is null
                                                  and d.at <= :at), :at)
                        order by c.equipment_id, c.at""")
                .param("equipment", equipmentId)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .query((rs, row) -> {
                    var reason = rs.getString("reason");
                    return new Spell(
                            rs.getObject("equipment_id", UUID.class),
                            rs.getObject("at", OffsetDateTime.class).toInstant(),
                            EquipmentState.valueOf(rs.getString("state")),
                            reason != null && DowntimeReason.valueOf(reason).planned());
                })
                .list();
    }
}
