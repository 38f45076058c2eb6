package dev.tandem.signal.ingest;

import static dev.tandem.shared.Role.ADMIN;
import static dev.tandem.shared.Role.DIRECTOR;
import static dev.tandem.shared.Role.HSE_SPECIALIST;
import static dev.tandem.shared.Role.LINE_MANAGER;

import dev.tandem.event.EarlyWarnings;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Viewer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The false alarms people dismissed, as a rate per equipment over the last four weeks, and what they suggest: an
 * equipment whose warnings were mostly false alarms (at least three, and at least half of its warnings) is proposed
 * to be made less sensitive, warning only a quarter further beyond its learned limit. Nothing changes until the safety
 * department accepts; a rejected proposal is not made again for four weeks, nor an accepted one.
 */
@Service
@Transactional
public class SensitivityReview {

    static final Duration PERIOD = Duration.ofDays(28);
    private static final int FEWEST_FALSE_ALARMS = 3;
    private static final double FALSE_SHARE = 0.5;
    private static final double STEP = 1.25;
    private static final double LEAST_SENSITIVE = 4;
    private static final int NOTE_LENGTH = 500;

    private final JdbcClient jdbc;
    private final EarlyWarnings warnings;
    private final SignalIngestion ingestion;
    private final Clock clock;
    private final EquipmentReach reach;

    SensitivityReview(
            JdbcClient jdbc, EarlyWarnings warnings, SignalIngestion ingestion, Clock clock, EquipmentReach reach) {
        this.jdbc = jdbc;
        this.warnings = warnings;
        this.ingestion = ingestion;
        this.clock = clock;
        this.reach = reach;
    }

    /** What the safety department decides of a proposal. */
    public enum Decision {
        ACCEPTED,
        REJECTED
    }

    /**
     * An equipment's false alarms over the last four weeks.
     *
     * @param perWeek false alarms a week
     * @param share the share of its warnings that were false alarms
     * @param sensitivity how far beyond its learned limit it warns now (1: at the limit)
     * @param proposed the sensitivity proposed instead; null when there is no proposal
     */
    public record FalseAlarmRate(
            UUID equipmentId,
            String code,
            long warnings,
            long falseAlarms,
            double perWeek,
            double share,
            double sensitivity,
            Double proposed) {}

    /** Every equipment with warnings in the last four weeks, the most false alarms first. */
    @Transactional(readOnly = true)
    public List<FalseAlarmRate> rates(Viewer viewer) {
        viewer.requireOwnerRole(ADMIN, HSE_SPECIALIST, LINE_MANAGER, DIRECTOR);
        return rates();
    }

    private List<FalseAlarmRate> rates() {
        var now = Instant.now(clock);
        var since = now.minus(PERIOD);
        var decided = decisions(since);
        var tallies = warnings.tallies(since);
        var codes = codes(tallies.stream().map(tally -> tally.equipmentId()).toList());
        var rates = new ArrayList<FalseAlarmRate>();
        for (var tally : tallies) {
            var latest = decided.get(tally.equipmentId());
            double current = latest == null ? 1 : latest.sensitivity();
            double share = tally.warnings() == 0 ? 0 : tally.falseAlarms() / (double) tally.warnings();
            boolean decidedLately = latest != null && latest.within();
            boolean propose = !decidedLately
                    && tally.falseAlarms() >= FEWEST_FALSE_ALARMS
                    && share >= FALSE_SHARE
                    && current < LEAST_SENSITIVE;
            rates.add(new FalseAlarmRate(
                    tally.equipmentId(),
                    codes.getOrDefault(tally.equipmentId(), ""),
                    tally.warnings(),
                    tally.falseAlarms(),
                    tally.falseAlarms() * 7.0 / PERIOD.toDays(),
                    share,
                    current,
                    propose ? Math.min(LEAST_SENSITIVE, Math.round(current * STEP * 100) / 100.0) : null));
        }
        rates.sort((a, b) -> Long.compare(b.falseAlarms(), a.falseAlarms()));
        return rates;
    }

    /**
     * The safety department accepts or rejects the proposal for an equipment; {@code sensitivity} must be the one
     * proposed, so that a decision taken on an older page does not apply to a newer proposal.
     */
    public void decide(UUID equipmentId, Decision decision, Double sensitivity, String note, Viewer viewer) {
        viewer.requireOwnerRole(HSE_SPECIALIST);
        reach.require(equipmentId, viewer);
        if (decision == null) {
            throw new InvalidRequestException("decision", "signal.sensitivity.decisionRequired");
        }
        if (note != null && note.strip().length() > NOTE_LENGTH) {
            throw new InvalidRequestException("note", "signal.reasonTooLong", NOTE_LENGTH);
        }
        var rate = rates().stream()
                .filter(r -> r.equipmentId().equals(equipmentId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Sensitivity proposal for equipment", equipmentId));
        if (rate.proposed() == null) {
            throw new InvalidRequestException("decision", "signal.sensitivity.noProposal");
        }
        if (sensitivity == null || Math.abs(sensitivity - rate.proposed()) > 1e-9) {
            throw new InvalidRequestException("sensitivity", "signal.sensitivity.notProposed", rate.proposed());
        }
        jdbc.sql(
                        """
                        insert into signal_sensitivity (id, equipment_id, from_factor, to_factor, warnings,
                            false_alarms, decision, decided_at, decided_by, by_name, note)
                        values (:id, :equipment, :from, :to, :warnings, :falseAlarms, :decision, :at, :by, :name,
                            :note)""")
                .param("id", UUID.randomUUID())
                .param("equipment", equipmentId)
                .param("from", rate.sensitivity())
                .param("to", rate.proposed())
                .param("warnings", rate.warnings())
                .param("falseAlarms", rate.falseAlarms())
                .param("decision", decision.name())
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("by", viewer.userId())
                .param("name", viewer.displayName())
                .param("note", note == null || note.isBlank() ? null : note.strip())
                .update();
        if (decision == Decision.ACCEPTED) {
            ingestion.sensitivity(equipmentId, rate.proposed());
        }
    }

    public boolean canDecide(Viewer viewer) {
        return viewer.hasOwnerRole(HSE_SPECIALIST);
    }

    /** @param within whether it was taken since {@code since} */
    private record Decided(double sensitivity, boolean within) {}

    /** Each equipment's latest decision: the sensitivity it left and whether it is recent. */
    private Map<UUID, Decided> decisions(Instant since) {
        var decided = new HashMap<UUID, Decided>();
        jdbc.sql(
                        """
                        select distinct on (equipment_id) equipment_id, decided_at >= :since as within,
                               (select s.to_factor from signal_sensitivity s where s.equipment_id = d.equipment_id
                                  and s.decision = 'ACCEPTED' order by s.decided_at desc limit 1) as factor
                        from signal_sensitivity d order by equipment_id, decided_at desc""")
                .param("since", Timestamp.from(since))
                .query(rs -> {
                    double factor = rs.getDouble("factor");
                    decided.put(
                            rs.getObject("equipment_id", UUID.class),
                            new Decided(rs.wasNull() ? 1 : factor, rs.getBoolean("within")));
                });
        return decided;
    }

    private Map<UUID, String> codes(List<UUID> equipmentIds) {
        var codes = new HashMap<UUID, String>();
        if (!equipmentIds.isEmpty()) {
            jdbc.sql("select id, code from equipment where id in (:ids)")
                    .param("ids", equipmentIds)
                    .query(rs -> {
                        codes.put(rs.getObject("id", UUID.class), rs.getString("code"));
                    });
        }
        return codes;
    }
}
