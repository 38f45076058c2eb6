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
        var rotations = within(engagement, pattern.calendar(zone(engagement)), null, now);
        var held = held(List.of(engagement.id()), null, null).getOrDefault(engagement.id(), List.of());
        return records(rotations, held, now);
    }

    /**
     * The rotations of every engagement with a pattern that ended within the period, with or without a meeting: the
     * figures of contractors, mentors and sites. A contractor's people count only their own organisation's; only the
     * site's engagements when a site is given. The rotations are laid out first, so that only the meetings held within
     * them are read.
     *
     * <p>A rotation belongs to the period its end falls in ({@code from} excluded, {@code to} included: one that ends
     * as a period starts ended in the one before), never to the one it starts in. So a period that is over keeps its
     * figures when asked again later (a rotation under way at its end is not waited for, it counts in the next
     * period) and each rotation counts in one period only, so that months add up to the year.
     */
    public List<EngagementRotations> ended(Instant from, Instant to, Viewer viewer) {
        return ended(from, to, null, viewer);
    }

    /** The rotations of {@link #ended(Instant, Instant, Viewer)} at one site; every site's when it is null. */
    public List<EngagementRotations> ended(Instant from, Instant to, UUID site, Viewer viewer) {
        var current = current(viewer.scopeOrganisation(), site);
        var facts =
                engagements.facts(current.stream().map(Current::engagementId).toList());
        var times = plant.siteTimes();
        var now = Instant.now(clock);
        var end = to.isAfter(now) ? now : to;
        var laid = new ArrayList<Laid>();
        Instant first = null;
        Instant last = null;
        for (var pattern : current) {
            var engagement = facts.get(pattern.engagementId());
            if (engagement != null && engagement.started()) {
                var rotations = new ArrayList<Rotation>();
                var calendar = RotationPattern.calendar(
                        pattern.blocks(), pattern.startsOn(), pattern.changesAt(), times.zone(engagement.siteId()));
                for (var rotation : within(engagement, calendar, from, end)) {
                    if (rotation.endedBy(now) && endsWithin(rotation, from, to)) {
                        rotations.add(rotation);
                    }
                }
                if (!rotations.isEmpty()) {
                    var starts = rotations.get(0).startsAt();
                    var ends = rotations.get(rotations.size() - 1).endsAt();
                    first = first == null || starts.isBefore(first) ? starts : first;
                    last = last == null || ends.isAfter(last) ? ends : last;
                }
                laid.add(new Laid(engagement, rotations));
            }
        }
        var held = first == null
                ? Map.<UUID, List<Held>>of()
                : held(laid.stream().map(e -> e.engagement().id()).toList(), first, last);
        var result = new ArrayList<EngagementRotations>(laid.size());
        for (var e : laid) {
            var meetings = held.getOrDefault(e.engagement().id(), List.of());
            result.add(new EngagementRotations(e.engagement(), records(e.rotations(), meetings, now)));
        }
        return result;
    }

    /** Whether the rotation ends after {@code from} and by {@code to}: the period it is counted in. */
    private static boolean endsWithin(Rotation rotation, Instant from, Instant to) {
        return rotation.endsAt().isAfter(from) && !rotation.endsAt().isAfter(to);
    }

    /** A pattern not voided, as the figures read it. */
    private record Current(UUID engagementId, String blocks, LocalDate startsOn, String changesAt) {}

    /** The patterns not voided: of one contractor only, of one site only, when given; each row read by position. */
    private List<Current> current(UUID organisation, UUID site) {
        return jdbc.sql(
                        """
                        select id, blocks, starts_on, changes_at from meeting_rotation_pattern where voided_at is null
                          and (cast(:organisation as uuid) is null or organisation_id = :organisation)
                          and (cast(:site as uuid) is null or site_id = :site)""")
                .param("organisation", organisation, Types.OTHER)
                .param("site", site, Types.OTHER)
                .query((row, number) -> new Current(
                        row.getObject(1, UUID.class),
                        row.getString(2),
                        row.getObject(3, LocalDate.class),
                        row.getString(4)))
                .list();
    }

    /** An engagement's rotations laid out, before their meetings are read. */
    private record Laid(EngagementFacts engagement, List<Rotation> rotations) {}

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
        return within(engagement, pattern.calendar(zone), now, now.plus(Duration.ofDays(MAX_LOOK_AHEAD_DAYS))).stream()
                .filter(rotation -> held.stream().noneMatch(meeting -> rotation.contains(meeting.at())))
                .findFirst()
                .map(rotation -> LocalDate.ofInstant(rotation.endsAt().minusNanos(1), zone));
    }

    /** The rotations that overlap the engagement's days and the period (from its start when null). */
    private static List<Rotation> within(
            EngagementFacts engagement, RotationCalendar calendar, Instant from, Instant to) {
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
        if (!rotation.startsAt().isBefore(start) && !rotation.endsAt().isAfter(end)) {
            return rotation;
        }
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
            int first = next;
            while (next < held.size() && rotation.contains(held.get(next).at())) {
                next++;
            }
            records.add(new RotationRecord(rotation, ids(held, first, next), rotation.endedBy(now)));
        }
        return records;
    }

    /** The ids of the meetings from {@code first} up to (not including) {@code end}: most rotations have one or none. */
    private static List<UUID> ids(List<Held> held, int first, int end) {
        return switch (end - first) {
            case 0 -> List.of();
            case 1 -> List.of(held.get(first).id());
            default -> held.subList(first, end).stream().map(Held::id).toList();
        };
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
                        row.getObject(1, UUID.class),
                        row.getObject(2, UUID.class),
                        row.getTimestamp(3).toInstant()))
                .list()
                .forEach(meeting -> byEngagement
                        .computeIfAbsent(meeting.engagementId(), id -> new ArrayList<>())
                        .add(meeting));
        return byEngagement;
    }
}
