package dev.tandem.equipment.dispatch;

import dev.tandem.equipment.DowntimeReason;
import dev.tandem.equipment.EquipmentState;
import dev.tandem.shared.Languages;
import dev.tandem.shared.RecordRows;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What reading a dispatch file needs to know: the equipment in use with its site's code and time zone, and the
 * names of states and reasons as people write them (the codes, or the labels in English or Russian, as an export
 * writes them).
 */
@Component
class DispatchDirectory {

    private final JdbcClient jdbc;
    private final Map<String, EquipmentState> states = new HashMap<>();
    private final Map<String, DowntimeReason> reasons = new HashMap<>();

    DispatchDirectory(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        for (var state : EquipmentState.values()) {
            states.put(normalised(state.name()), state);
            Languages.SUPPORTED.forEach(language ->
                    states.put(normalised(messages.getMessage("equipment.state." + state, null, language)), state));
        }
        for (var reason : DowntimeReason.values()) {
            reasons.put(normalised(reason.name()), reason);
            Languages.SUPPORTED.forEach(language ->
                    reasons.put(normalised(messages.getMessage("equipment.reason." + reason, null, language)), reason));
        }
    }

    /** A piece of equipment in use, as a file names it. */
    record Entry(UUID id, String siteCode, String code, String timeZone) {

        ZoneId zone() {
            return ZoneId.of(timeZone);
        }
    }

    /** The directory at this moment. */
    record Snapshot(List<Entry> equipment, Map<String, EquipmentState> states, Map<String, DowntimeReason> reasons) {

        EquipmentState state(String text) {
            return states.get(normalised(text));
        }

        DowntimeReason reason(String text) {
            return reasons.get(normalised(text));
        }
    }

    Snapshot snapshot() {
        var equipment = jdbc.sql(
                        """
                        select e.id, s.code as site_code, e.code, s.time_zone from equipment e
                        join site s on s.id = e.site_id where e.voided_at is null""")
                .query(RecordRows.of(Entry.class))
                .list();
        return new Snapshot(equipment, Map.copyOf(states), Map.copyOf(reasons));
    }

    static String normalised(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
