import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The client of bench/meeting-figures (compiled with bench/lib/PlainHttp.java, the application's libraries on the class
 * path).
 *
 * <p>{@code BASE JDBC WARMUP ROUNDS TOKEN SUPERVISOR_TOKEN SESSION SITE CONTRACTOR}: the figures of rotations with a meeting
 * through the API (the director's token, the enterprise and a site, and a contractor's supervisor's) and the
 * dashboard's meetings panel (the director's session, the enterprise and a site), each beside the statements the figures
 * read, run raw over JDBC with every column of every row read: the current rotation patterns (a site's only for a site), their engagements, the meetings held in them within
 * the period (from a rotation's length before it), the sites and the enterprise, and the mentors' names. In turns after
 * a warm-up; prints p50 and p95 in ms, and the ratios.
 */
public class MeetingFiguresBench {

    /** The longest rotation of the plant's patterns (15/15): how far before the period a rotation it counts began. */
    private static final Duration LONGEST_ROTATION = Duration.ofDays(15);

    private static final String ENGAGEMENTS =
            """
            select e.id, e.organisation_id, o.name as organisation_name, e.site_id, e.starts_on, e.ends_on,
                   e.description, e.mentor_person_id, e.status, e.voided_at is not null as voided
            from contractor_engagement e join organisation o on o.id = e.organisation_id
            where e.id = any(?)""";

    private static final String HELD =
            """
            select id, engagement_id, held_at from meeting_record
            where engagement_id = any(?) and status = 'HELD' and voided_at is null
              and held_at >= coalesce(cast(? as timestamptz), '-infinity')
              and held_at < coalesce(cast(? as timestamptz), 'infinity')
            order by held_at""";

    record Case(String name, String path, PlainHttp client, UUID organisation, UUID site) {}

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        var base = URI.create(args[0]);
        int warmup = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        var site = UUID.fromString(args[7]);
        try (var jdbc = DriverManager.getConnection(args[1]);
                var director = new PlainHttp(base, args[4]);
                var supervisor = new PlainHttp(base, args[5]);
                var pages = new PlainHttp(base, "Cookie: JSESSIONID=" + args[6], "text/html")) {
            var contractor = UUID.fromString(args[8]);
            var cases = List.of(
                    new Case("API: the enterprise (director)", "/api/v1/meetings/figures", director, null, null),
                    new Case(
                            "API: a contractor (its supervisor)",
                            "/api/v1/meetings/figures",
                            supervisor,
                            contractor,
                            null),
                    new Case("API: a site (director)", "/api/v1/meetings/figures?site=" + site, director, null, site),
                    new Case("dashboard panel: the enterprise (director)", "/meetings/figures/panel", pages, null, null),
                    new Case(
                            "dashboard panel: a site (director)",
                            "/meetings/figures/panel?site=" + site,
                            pages,
                            null,
                            site));
            System.out.println("| request | API p50 | API p95 | SQL p50 | SQL p95 | API/SQL p50 | API/SQL p95 |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (var c : cases) {
                List<Turns.Timed> ways = List.of(() -> c.client().get(c.path()), () -> sql(jdbc, c.organisation(), c.site()));
                var times = Turns.inTurns(ways, warmup, rounds);
                double a50 = Turns.pct(times[0], 50), a95 = Turns.pct(times[0], 95);
                double s50 = Turns.pct(times[1], 50), s95 = Turns.pct(times[1], 95);
                System.out.printf(
                        "| %s | %.2f | %.2f | %.2f | %.2f | **%.2f** | **%.2f** |%n",
                        c.name(), a50, a95, s50, s95, a50 / s50, a95 / s95);
            }
        }
    }

    /**
     * The statements of one request's figures as the application sends them, each result read whole: the enterprise
     * (its clock), the sites' names (a site's figures check the site is there), the patterns (a contractor's own only, a
     * site's only), their engagements, the sites and the enterprise (each site's
     * clock), the meetings held within the period's rotations, the mentors' names.
     */
    static double sql(Connection jdbc, UUID organisation, UUID site) throws SQLException {
        long start = System.nanoTime();
        all(jdbc, "select * from enterprise");
        all(jdbc, "select * from site");
        var engagements = new ArrayList<UUID>();
        try (var ps = jdbc.prepareStatement(
                """
                select id, blocks, starts_on, changes_at from meeting_rotation_pattern where voided_at is null
                  and (cast(? as uuid) is null or organisation_id = ?) and (cast(? as uuid) is null or site_id = ?)""")) {
            ps.setObject(1, organisation, Types.OTHER);
            ps.setObject(2, organisation, Types.OTHER);
            ps.setObject(3, site, Types.OTHER);
            ps.setObject(4, site, Types.OTHER);
            read(ps, engagements, 1);
        }
        var ids = jdbc.createArrayOf("uuid", engagements.toArray());
        var mentors = new LinkedHashSet<UUID>();
        try (var ps = jdbc.prepareStatement(ENGAGEMENTS)) {
            ps.setArray(1, ids);
            read(ps, mentors, 8);
        }
        all(jdbc, "select * from site");
        all(jdbc, "select * from enterprise");
        var zone = ZoneId.of("Asia/Yekaterinburg");
        var from = LocalDate.now(zone).minusMonths(12).plusDays(1).atStartOfDay(zone).toInstant();
        try (var ps = jdbc.prepareStatement(HELD)) {
            ps.setArray(1, ids);
            ps.setObject(2, from.minus(LONGEST_ROTATION).atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setObject(3, Instant.now().atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            read(ps, new ArrayList<>(), 0);
        }
        try (var ps = jdbc.prepareStatement("select id, full_name from person where id = any(?)")) {
            ps.setArray(1, jdbc.createArrayOf("uuid", mentors.toArray()));
            read(ps, new ArrayList<>(), 0);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static void all(Connection jdbc, String sql) throws SQLException {
        try (var ps = jdbc.prepareStatement(sql)) {
            read(ps, new ArrayList<>(), 0);
        }
    }

    /** Reads every column of every row; collects the ids of column {@code keep} (none when 0). */
    static void read(PreparedStatement ps, java.util.Collection<UUID> kept, int keep) throws SQLException {
        try (var rows = ps.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int c = 1; c <= columns; c++) {
                    rows.getObject(c);
                }
                if (keep > 0) {
                    kept.add(rows.getObject(keep, UUID.class));
                }
            }
        }
    }
}
