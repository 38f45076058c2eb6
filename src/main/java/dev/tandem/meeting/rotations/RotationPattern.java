package dev.tandem.meeting.rotations;

import dev.tandem.history.Recorded;
import dev.tandem.history.VoidableRecord;
import dev.tandem.shared.InvalidRequestException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The shift rotations of one engagement (its id is the engagement's): blocks of days repeated from a first crew
 * change, at one time of day on the site's clock. At least one working meeting is held every rotation.
 */
@Table("meeting_rotation_pattern")
public class RotationPattern extends VoidableRecord {

    /** At most a year a rotation, and a cycle of at most eight of them. */
    private static final int MAX_DAYS = 366;

    private static final int MAX_BLOCKS = 8;

    private final UUID organisationId;
    private final UUID siteId;
    private String blocks;
    private LocalDate startsOn;
    private String changesAt;

    @PersistenceCreator
    RotationPattern(
            UUID id,
            UUID organisationId,
            UUID siteId,
            String blocks,
            LocalDate startsOn,
            String changesAt,
            Long version) {
        super("rotation-pattern", id, version);
        this.organisationId = organisationId;
        this.siteId = siteId;
        this.blocks = blocks;
        this.startsOn = startsOn;
        this.changesAt = changesAt;
    }

    static RotationPattern of(UUID engagementId, UUID organisationId, UUID siteId, SetRotationPattern set) {
        var pattern = new RotationPattern(engagementId, organisationId, siteId, null, null, null, null);
        pattern.set(set);
        return pattern;
    }

    void set(SetRotationPattern set) {
        if (set.blocks() == null) {
            throw new InvalidRequestException("blocks", "meeting.rule.blocks");
        }
        if (set.startsOn() == null) {
            throw new InvalidRequestException("startsOn", "meeting.rule.startsOnRequired");
        }
        blocks = String.join(
                "/", parse(set.blocks()).stream().map(String::valueOf).toList());
        startsOn = set.startsOn();
        changesAt = time(set.changesAt()).toString();
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException notATime) {
            throw new InvalidRequestException("changesAt", "meeting.rule.changesAt");
        }
    }

    /** The days of each rotation of a cycle, from text such as {@code 15/15}. */
    static List<Integer> parse(String text) {
        try {
            var days = Arrays.stream(text.strip().split("\\s*/\\s*"))
                    .map(Integer::valueOf)
                    .toList();
            if (days.isEmpty() || days.size() > MAX_BLOCKS || days.stream().anyMatch(d -> d < 1 || d > MAX_DAYS)) {
                throw new InvalidRequestException("blocks", "meeting.rule.blocks");
            }
            return days;
        } catch (NumberFormatException notDays) {
            throw new InvalidRequestException("blocks", "meeting.rule.blocks");
        }
    }

    /** The rotations on the site's clock. */
    public RotationCalendar calendar(ZoneId zone) {
        return calendar(blocks, startsOn, changesAt, zone);
    }

    /** The rotations of a pattern as stored, on the site's clock. */
    static RotationCalendar calendar(String blocks, LocalDate startsOn, String changesAt, ZoneId zone) {
        return new RotationCalendar(parse(blocks), startsOn, LocalTime.parse(changesAt), zone);
    }

    /** The engagement's id. */
    public UUID engagementId() {
        return id();
    }

    public UUID organisationId() {
        return organisationId;
    }

    public UUID siteId() {
        return siteId;
    }

    public String blocks() {
        return blocks;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public String changesAt() {
        return changesAt;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Recorded.fields(
                "organisationId", organisationId,
                "siteId", siteId,
                "blocks", blocks,
                "startsOn", startsOn,
                "changesAt", changesAt);
    }
}
