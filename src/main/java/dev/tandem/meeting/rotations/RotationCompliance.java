package dev.tandem.meeting.rotations;

import dev.tandem.contractor.ContractorEngagements;
import dev.tandem.contractor.ContractorEngagements.EngagementFacts;
import dev.tandem.contractor.MeetingsDue;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.Viewer;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether each rotation had its meeting: the rotations of an engagement's pattern within the engagement's days, each
 * with the meetings held in it, counted once it has ended; and when the next meeting is due (for the mentor's
 * workspace). A meeting counts for the rotation its time falls in, on the site's clock.
 */
@Component
@Transactional(readOnly = true)
public class RotationCompliance implements MeetingsDue {

    /** How far ahead the next rotation without a meeting is looked for: two rotations of the longest pattern. */
    private static final int MAX_LOOK_AHEAD_DAYS = 2 * 8 * 366;

    private final RotationPatterns patterns;
    private final ContractorEngagements engagements;
    private final PlantStructure plant;
    private final JdbcClient jdbc;
    private final Clock clock;

    RotationCompliance(
            RotationPatterns patterns,
            ContractorEngagements engagements,
            PlantStructure plant,
            JdbcClient jdbc,
            Clock clock) {
        this.patterns = patterns;
        this.engagements = engagements;
        this.plant = plant;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A rotation of an engagement and the meetings held in it.
     *
     * @param ended whether it is over: only an ended rotation counts as with or without a meeting
     */
    public record RotationRecord(Rotation rotation, List<UUID> meetings, boolean ended) {

        public boolean met() {
            return !meetings.isEmpty();
        }

        public boolean missed() {
            return ended && meetings.isEmpty();
        }
    }

    /** The engagement's rotations from its start up to now (the one under way last), each with its meetings. */
    public List<RotationRecord> rotations(EngagementFacts engagement, RotationPattern pattern) {
        var now = Instant.now(clock);
        var rotations = within(engagement, pattern, zone(engagement), null, now);
        var held = held(List.of(engagement.id()), null, null).getOrDefault(engagement.id(), List.of());
        return records(rotations, held, now);
    }

    /**
     * The rotations of every engagement with a pattern that ended within the period, with or without a meeting: the
     * figures of contractors, mentors and sites. A contractor's people count only their own organisation's. The
     * rotations are laid out first, so that only the meetings held within them are read.
     */
    public List<EngagementRotations> ended(Instant from, Instant to, Viewer viewer) {
        var scope = viewer.scopeOrganisation();
        var current = scope == null ? patterns.findCurrent() : patterns.findByOrganisation(scope);
        var facts = engagements.facts(current.stream().map(RotationPattern::id).toList());
        var times = plant.siteTimes();
        var now = Instant.now(clock);
        var end = to.isAfter(now) ? now : to;
        var laid = new LinkedHashMap<EngagementFacts, List<Rotation>>();
        for (var pattern : current) {
            var engagement = facts.get(pattern.id());
            if (engagement != null && engagement.started()) {
                var rotations = within(engagement, pattern, times.zone(engagement.siteId()), from, end).stream()
                        .filter(rotation ->
                                rotation.endedBy(now) && !rotation.endsAt().isBefore(from))
                        .toList();
                laid.put(engagement, rotations);
            }
        }
        var rotations = laid.values().stream().flatMap(List::stream).toList();
        var held = rotations.isEmpty()
                ? Map.<UUID, List<Held>>of()
                : held(
                        laid.keySet().stream().map(EngagementFacts::id).toList(),
                        rotations.stream()
                                .map(Rotation::startsAt)
                                .min(Comparator.naturalOrder())
                                .orElseThrow(),
                        rotations.stream()
                                .map(Rotation::endsAt)
                                .max(Comparator.naturalOrder())
                                .orElseThrow());
        var result = new ArrayList<EngagementRotations>();
        laid.forEach((engagement, ended) -> result.add(new EngagementRotations(
                engagement, records(ended, held.getOrDefault(engagement.id(), List.of()), now))));
        return result;
    }

    /** One engagement's rotations in a period. */
    public record EngagementRotations(EngagementFacts engagement, List<RotationRecord> rotations) {

        public long met() {
            return rotations.stream().filter(RotationRecord::met).count();
        }

        public long missed() {
            return rotations.stream().filter(RotationRecord::missed).count();
        }
    }

    @Override
    public Optional<LocalDate> nextDue(UUID organisationId, UUID mentorPersonId) {
        if (mentorPersonId == null) {
            return Optional.empty();
        }
        var now = Instant.now(clock);
        return engagements.mentoredBy(mentorPersonId).stream()
                .filter(e -> e.organisationId().equals(organisationId) && e.started() && !"CLOSED".equals(e.status()))
                .flatMap(e -> patterns.findById(e.id()).filter(p -> !p.isVoided()).stream()
                        .flatMap(p -> nextDue(e, p, now).stream()))
                .min(Comparator.naturalOrder());
    }

    /** The last day of the first rotation from now on without a meeting, on the site's clock. */
    private Optional<LocalDate> nextDue(EngagementFacts engagement, RotationPattern pattern, Instant now) {
        var zone = zone(engagement);
        var held = held(List.of(engagement.id()), null, null).getOrDefault(engagement.id(), List.of());
        return within(engagement, pattern, zone, now, now.plus(Duration.ofDays(MAX_LOOK_AHEAD_DAYS))).stream()
                .filter(rotation -> held.stream().noneMatch(meeting -> rotation.contains(meeting.at())))
                .findFirst()
                .map(rotation -> LocalDate.ofInstant(rotation.endsAt().minusNanos(1), zone));
    }

    /** The pattern's rotations that overlap the engagement's days and the period (from its start when null). */
    private static List<Rotation> within(
            EngagementFacts engagement, RotationPattern pattern, ZoneId zone, Instant from, Instant to) {
        var calendar = pattern.calendar(zone);
        var start = calendar.startOf(engagement.startsOn());
        var end = calendar.startOf(engagement.endsOn().plusDays(1));
        var first = from == null || from.isBefore(start) ? start : from;
        var last = to.isAfter(end) ? end : to;
        return calendar.overlapping(first, last.isAfter(first) ? last : first).stream()
                .map(rotation -> clipped(rotation, start, end))
                .toList();
    }

    /** A rotation within the engagement's days: the first starts with the work, the last ends with it. */
    private static Rotation clipped(Rotation rotation, Instant start, Instant end) {
        var startsAt = rotation.startsAt().isBefore(start) ? start : rotation.startsAt();
        var endsAt = rotation.endsAt().isAfter(end) ? end : rotation.endsAt();
        return new Rotation(rotation.number(), rotation.firstDay(), startsAt, endsAt);
    }

    /** Each rotation with the meetings held in it: both in order of time, so one walk along the meetings does. */
    private static List<RotationRecord> records(List<Rotation> rotations, List<Held> held, Instant now) {
        var records = new ArrayList<RotationRecord>(rotations.size());
        int next = 0;
        for (var rotation : rotations) {
            while (next < held.size() && held.get(next).at().isBefore(rotation.startsAt())) {
                next++;
            }
            var meetings = new ArrayList<UUID>();
            while (next < held.size() && rotation.contains(held.get(next).at())) {
                meetings.add(held.get(next++).id());
            }
            records.add(new RotationRecord(rotation, List.copyOf(meetings), rotation.endedBy(now)));
        }
        return records;
    }

    private ZoneId zone(EngagementFacts engagement) {
        return plant.siteTimes().zone(engagement.siteId());
    }

    /** A meeting held, by its time. */
    private record Held(UUID id, UUID engagementId, Instant at) {}

    /**
     * The meetings held (closed, not voided) of the engagements, by engagement in order of time, in one query; only
     * those from {@code from} up to {@code to} when given.
     */
    private Map<UUID, List<Held>> held(Collection<UUID> engagementIds, Instant from, Instant to) {
        if (engagementIds.isEmpty()) {
            return Map.of();
        }
        var byEngagement = new HashMap<UUID, List<Held>>();
        jdbc.sql(
                        """
                        select id, engagement_id, held_at from meeting_record
                        where engagement_id = any(:ids) and status = 'HELD' and voided_at is null
                          and held_at >= coalesce(cast(:from as timestamptz), '-infinity')
                          and held_at < coalesce(cast(:to as timestamptz), 'infinity')
                        order by held_at""")
                .param("ids", engagementIds.toArray(UUID[]::new))
                .param("from", from == null ? null : from.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("to", to == null ? null : to.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE)
                .query((row, number) -> new Held(
                        row.getObject("id", UUID.class),
                        row.getObject("engagement_id", UUID.class),
                        row.getTimestamp("held_at").toInstant()))
                .list()
                .forEach(meeting -> byEngagement
                        .computeIfAbsent(meeting.engagementId(), id -> new ArrayList<>())
                        .add(meeting));
        return byEngagement;
    }
}
