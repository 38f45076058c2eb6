package dev.tandem.demo;

import dev.tandem.demo.DemoPeople.Contracted;
import dev.tandem.demo.DemoSafetyYear.Worker;
import dev.tandem.meeting.rotations.RotationCalendar;
import dev.tandem.organisation.OrganisationStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The engagements of an enterprise-scale plant's contractors, with their rotation patterns, written with COPY: each
 * active contractor works on its home site first and then on the others in turn, in one area whose line manager
 * mentors it; most have worked for over a year and work on, some started within the year, and a few closed within
 * it. Each was agreed (its risk review signed by the mentor and the contractor's supervisor) and started, and has the
 * pattern its crews change by: 15/15, weekly, 4/4 or four shifts of 2/2/2/2.
 */
final class DemoBulkEngagements {

    private static final String ENGAGEMENT_COLUMNS = "id, organisation_id, site_id, area_ids, starts_on, ends_on,"
            + " description, planned_headcount, mentor_person_id, status, mentor_signed_by, mentor_signed_at,"
            + " contractor_signed_by, contractor_signed_at, activated_on, version";
    private static final String PATTERN_COLUMNS =
            "id, organisation_id, site_id, blocks, starts_on, changes_at, version";

    /** The patterns by their share of engagements, in tenths: a crew on a 15/15 fly-in rotation, weekly... */
    private static final List<List<Integer>> PATTERNS = List.of(
            List.of(15, 15),
            List.of(15, 15),
            List.of(15, 15),
            List.of(7),
            List.of(7),
            List.of(7),
            List.of(7),
            List.of(4, 4),
            List.of(4, 4),
            List.of(2, 2, 2, 2));

    private static final List<LocalTime> CREW_CHANGES =
            List.of(LocalTime.of(8, 0), LocalTime.of(7, 30), LocalTime.of(20, 0));

    /**
     * One engagement as written.
     *
     * @param started when its work started, on the site's clock
     * @param ends when its days end (the start of the day after its last)
     */
    record Engagement(
            UUID id,
            Contracted contractor,
            UUID siteId,
            UUID areaId,
            Worker mentor,
            LocalDate startsOn,
            LocalDate endsOn,
            boolean closed,
            RotationCalendar calendar,
            Instant started,
            Instant ends) {}

    private final DemoPeople people;
    private final Function<UUID, ZoneId> zones;
    private final DemoTexts texts;
    private final LocalDate today;
    private final Random random;

    DemoBulkEngagements(DemoPeople people, Function<UUID, ZoneId> zones, DemoTexts texts, Instant now, long seed) {
        this.people = people;
        this.zones = zones;
        this.texts = texts;
        this.today = LocalDate.ofInstant(now, DemoCatalogue.ZONE);
        this.random = new Random(seed);
    }

    /** Draws {@code count} engagements over the active contractors, round and round, and writes them. */
    List<Engagement> write(Connection connection, int count) throws SQLException {
        var active = people.contractors().stream()
                .filter(contractor -> contractor.status() == OrganisationStatus.ACTIVE)
                .toList();
        var engagements = new ArrayList<Engagement>();
        var copy = DemoCopy.into(connection, "contractor_engagement", ENGAGEMENT_COLUMNS);
        var patterns = new ArrayList<List<Integer>>();
        for (int n = 0; n < count && !active.isEmpty(); n++) {
            var contractor = active.get(n % active.size());
            var blocks = PATTERNS.get(random.nextInt(PATTERNS.size()));
            var engagement = draw(n, contractor, n / active.size(), blocks);
            engagements.add(engagement);
            patterns.add(blocks);
            row(copy, engagement, n);
        }
        copy.finish();
        var rows = DemoCopy.into(connection, "meeting_rotation_pattern", PATTERN_COLUMNS);
        for (int n = 0; n < engagements.size(); n++) {
            var engagement = engagements.get(n);
            rows.add(engagement.id())
                    .add(engagement.contractor().id())
                    .add(engagement.siteId())
                    .add(patterns.get(n).stream().map(String::valueOf).collect(Collectors.joining("/")))
                    .add(engagement.startsOn())
                    .add(CREW_CHANGES.get(n % CREW_CHANGES.size()).toString())
                    .add(0)
                    .row();
        }
        rows.finish();
        return engagements;
    }

    /** The contractor's {@code turn}-th engagement: its home site first, then the next sites. */
    private Engagement draw(int n, Contracted contractor, int turn, List<Integer> blocks) {
        var sites = people.sites;
        var home = sites.indexOf(contractor.supervisor().siteId());
        var site = sites.get((Math.max(home, 0) + turn) % sites.size());
        var areas = people.areasOf(site);
        var area = areas.get(random.nextInt(areas.size()));
        int lot = random.nextInt(20);
        // most worked all year; one in five started within it, one in twenty closed within it
        var startsOn = lot < 4 ? today.minusDays(20 + random.nextInt(330)) : today.minusDays(380 + random.nextInt(700));
        var closed = lot == 19;
        var endsOn = closed ? today.minusDays(10 + random.nextInt(200)) : today.plusDays(60 + random.nextInt(400));
        var zone = zones.apply(site);
        var calendar = new RotationCalendar(blocks, startsOn, CREW_CHANGES.get(n % CREW_CHANGES.size()), zone);
        return new Engagement(
                DemoRun.id("bulk-engagement", n),
                contractor,
                site,
                area,
                people.areaManagers.get(area),
                startsOn,
                endsOn,
                closed,
                calendar,
                calendar.startOf(startsOn),
                calendar.startOf(endsOn.plusDays(1)));
    }

    /** Agreed two days before the start (the mentor signs, the supervisor the next day), started on the first day. */
    private void row(DemoCopy copy, Engagement engagement, int n) throws SQLException {
        var mentorSigned = engagement.started().minusSeconds(2 * 86_400 - 3_600L * (9 + n % 6));
        copy.add(engagement.id())
                .add(engagement.contractor().id())
                .add(engagement.siteId())
                .add("{" + engagement.areaId() + "}")
                .add(engagement.startsOn())
                .add(engagement.endsOn())
                .add(texts.text("contractor." + engagement.contractor().key() + ".scope"))
                .add(4 + n % 30)
                .add(engagement.mentor().personId())
                .add(engagement.closed() ? "CLOSED" : "ACTIVE")
                .add(engagement.mentor().personId())
                .add(mentorSigned)
                .add(engagement.contractor().supervisor().personId())
                .add(mentorSigned.plusSeconds(86_400))
                .add(engagement.startsOn())
                .add(engagement.closed() ? 6 : 5)
                .row();
    }
}
