package dev.tandem.meeting.rotations;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tandem.meeting.MeetingAccess;
import dev.tandem.meeting.rotations.RotationCompliance.EngagementRotations;
import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Rotations with a meeting": of the rotations that ended in a period, how many had a meeting held, per contractor,
 * per mentor and per site. A contractor's supervisor sees its own organisation's figures only.
 *
 * <p>A rotation counts in the period it ends in, not the one it starts in: a rotation has its meeting or misses it only
 * once it is over, so counting it where it ends lets a period's figures be final when the period is (a rotation that
 * runs past the period's last day counts in the next period, however late the figures are asked), and counts each
 * rotation once when periods follow one another.
 */
@Component
@Transactional(readOnly = true)
public class RotationFigures {

    /** The period shown when none is asked for: the last twelve months. */
    static final int DEFAULT_MONTHS = 12;

    private final RotationCompliance compliance;
    private final OrganisationDirectory directory;
    private final PlantStructure plant;
    private final Clock clock;

    RotationFigures(RotationCompliance compliance, OrganisationDirectory directory, PlantStructure plant, Clock clock) {
        this.compliance = compliance;
        this.directory = directory;
        this.plant = plant;
        this.clock = clock;
    }

    /**
     * One line of figures: whose, how many rotations ended, how many of them with a meeting, how many without, and the
     * share; the API writes the last two beside the others.
     */
    public record Line(UUID id, String name, long rotations, long met) {

        @JsonProperty
        public long missed() {
            return rotations - met;
        }

        /** The share of rotations with a meeting, in percent; null when none ended. */
        @JsonProperty
        public Integer percent() {
            return rotations == 0 ? null : (int) Math.round(100.0 * met / rotations);
        }
    }

    /** The figures of a period, its days on the enterprise's clock, the last included. */
    public record Figures(
            LocalDate from, LocalDate to, Line total, List<Line> contractors, List<Line> mentors, List<Line> sites) {}

    /**
     * The figures from {@code from} to {@code to}, the last twelve months when left out; one site's only when a site is
     * given (a contractor's people still see their own organisation's only).
     *
     * @throws NotFoundException when there is no such site
     */
    public Figures figures(LocalDate from, LocalDate to, UUID site, Viewer viewer) {
        if (!MeetingAccess.readsMeetings(viewer)) {
            throw new AccessDeniedException("reading meetings");
        }
        var sites = plant.siteNames();
        if (site != null && !sites.containsKey(site)) {
            throw new NotFoundException("Site", site);
        }
        var zone = plant.enterprise().zone();
        var last = to != null ? to : LocalDate.now(clock.withZone(zone));
        var first = from != null ? from : last.minusMonths(DEFAULT_MONTHS).plusDays(1);
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        var ended = compliance.ended(start, end, site, viewer);
        long rotations = ended.stream().mapToLong(e -> e.rotations().size()).sum();
        long met = ended.stream().mapToLong(EngagementRotations::met).sum();
        var mentors = directory.personNames(
                ended.stream().map(e -> e.engagement().mentorPersonId()).collect(Collectors.toSet()));
        return new Figures(
                first,
                last,
                new Line(null, null, rotations, met),
                lines(ended, e -> e.engagement().organisationId(), e -> e.engagement()
                        .organisationName()),
                lines(
                        ended,
                        e -> e.engagement().mentorPersonId(),
                        e -> mentors.getOrDefault(e.engagement().mentorPersonId(), "")),
                lines(
                        ended,
                        e -> e.engagement().siteId(),
                        e -> sites.getOrDefault(e.engagement().siteId(), "")));
    }

    private static List<Line> lines(
            List<EngagementRotations> ended,
            Function<EngagementRotations, UUID> key,
            Function<EngagementRotations, String> name) {
        var byKey = new LinkedHashMap<UUID, Line>();
        var names = new LinkedHashMap<UUID, String>();
        for (var engagement : ended) {
            var id = key.apply(engagement);
            var line = byKey.get(id);
            var named = names.computeIfAbsent(id, any -> name.apply(engagement));
            byKey.put(
                    id,
                    new Line(
                            id,
                            named,
                            (line == null ? 0 : line.rotations())
                                    + engagement.rotations().size(),
                            (line == null ? 0 : line.met()) + engagement.met()));
        }
        return byKey.values().stream()
                .filter(line -> line.rotations() > 0)
                .sorted(Comparator.comparing(Line::name).thenComparing(Line::id))
                .toList();
    }
}
