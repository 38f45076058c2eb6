import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The client of bench/action-list (compiled with bench/lib/PlainHttp.java and bench/lib/Turns.java, the application's
 * libraries on the class path).
 *
 * <p>{@code BASE JDBC WARMUP ROUNDS TOKEN CONTRACTOR_TOKEN SITE CONTRACTOR}: the actions' list through the API (the
 * director's token: the enterprise's first page and its page 100, a site's first page, the overdue ones; a contractor's
 * supervisor's token: its organisation's first page), each beside the statement the application runs for it (the page
 * and the count in one, as {@code ListQuery.page} writes it for {@code ActionQueries}) run raw over JDBC with every
 * column of every row read. In turns after a warm-up; prints p50 and p95 in ms, and the ratios.
 */
public class ActionListBench {

    /** ActionQueries' columns: the names looked up for the page's rows only, the rule of V24 for the rest. */
    private static final String COLUMNS =
            """
            a.id, a.title, a.source_type, a.source_id, a.source_category, a.site_id,
            (select s.name from site s where s.id = a.site_id) as site_name, a.owner_person_id, \
            (select p.full_name from person p where p.id = a.owner_person_id) as owner_name,
            a.responsible_organisation_id, \
            (select o.name from organisation o where o.id = a.responsible_organisation_id) \
            as responsible_organisation_name, a.due_date,
            a.priority, a.status, a.created_at, a.done_at, a.voided_at is not null as voided,
            action_overdue(a.status, a.voided_at, a.due_date, ?) as overdue, \
            action_due_soon(a.status, a.voided_at, a.due_date, ?, ?) as due_soon,
            action_done_on_time(a.done_at, a.due_date, ?) as on_time""";

    /** ActionQueries' default order, which V102 indexes. */
    private static final String ORDER = "a.status in ('DONE', 'VERIFIED'), case when a.status in ('OPEN', 'IN_PROGRESS')"
            + " then a.due_date end, a.due_date desc, a.id";

    /** The reminder window's default (ActionProperties): due soon means due within this many days. */
    private static final int DUE_SOON_DAYS = 3;

    record Statement(String sql, List<Object> params) {}

    record Case(String name, PlainHttp client, String path, Statement sql) {}

    /**
     * A page of 20 and the count of all the list selects, as {@code ListQuery.page} sends it: the count over the
     * actions alone, and joined to it the page chosen among them before its names are looked up. The page's size and
     * offset are written into the text, no offset on a first page.
     */
    static Statement list(String where, List<Object> whereParams, LocalDate today, String zone, long offset) {
        var params = new ArrayList<Object>(whereParams);
        params.addAll(List.of(today, today, today.plusDays(DUE_SOON_DAYS), zone));
        params.addAll(whereParams);
        return new Statement(
                "select counted.total as listed_total, listed.* from (select count(*) as total from corrective_action a"
                        + where + ") counted left join lateral (select row_number() over () as listed_row, paged.* from"
                        + " (select " + COLUMNS + " from (select a.* from corrective_action a" + where + " order by "
                        + ORDER + " limit 20" + (offset == 0 ? "" : " offset " + offset)
                        + ") a) paged) listed on true order by listed.listed_row",
                params);
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        var base = URI.create(args[0]);
        int warmup = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        var site = UUID.fromString(args[6]);
        var contractor = UUID.fromString(args[7]);
        try (var jdbc = DriverManager.getConnection(args[1]);
                var director = new PlainHttp(base, args[4]);
                var supervisor = new PlainHttp(base, args[5])) {
            var zone = zone(jdbc);
            var today = LocalDate.now(ZoneId.of(zone));
            // as ActionQueries writes them: "true" stands where the filter asks for neither overdue nor due soon
            var everything = " where true and true and a.voided_at is null";
            var cases = List.of(
                    new Case(
                            "the enterprise, first page",
                            director,
                            "/api/v1/actions",
                            list(everything, List.of(), today, zone, 0)),
                    new Case(
                            "the enterprise, page 100",
                            director,
                            "/api/v1/actions?page=100",
                            list(everything, List.of(), today, zone, 2000)),
                    new Case(
                            "a site, first page",
                            director,
                            "/api/v1/actions?siteId=" + site,
                            list(" where a.site_id = ? and true and true and a.voided_at is null", List.of(site), today,
                                    zone, 0)),
                    new Case(
                            "a contractor's supervisor, first page",
                            supervisor,
                            "/api/v1/actions",
                            list(" where a.responsible_organisation_id = ? and true and true and a.voided_at is null",
                                    List.of(contractor), today, zone, 0)),
                    new Case(
                            "the enterprise, overdue",
                            director,
                            "/api/v1/actions?overdue=true",
                            list(" where action_overdue(a.status, a.voided_at, a.due_date, ?) and true"
                                    + " and a.voided_at is null", List.of(today), today, zone, 0)));
            System.out.println("| request | API p50 | API p95 | SQL p50 | SQL p95 | API/SQL p50 | API/SQL p95 |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (var c : cases) {
                List<Turns.Timed> ways = List.of(() -> c.client().get(c.path()), () -> timeSql(jdbc, c.sql()));
                var times = Turns.inTurns(ways, warmup, rounds);
                double a50 = Turns.pct(times[0], 50), a95 = Turns.pct(times[0], 95);
                double s50 = Turns.pct(times[1], 50), s95 = Turns.pct(times[1], 95);
                System.out.printf(
                        "| %s | %.2f | %.2f | %.2f | %.2f | **%.2f** | **%.2f** |%n",
                        c.name(), a50, a95, s50, s95, a50 / s50, a95 / s95);
            }
        }
    }

    static String zone(Connection jdbc) throws SQLException {
        try (var ps = jdbc.prepareStatement("select time_zone from enterprise");
                var rows = ps.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** Runs the statement and reads every column of every row: its milliseconds. */
    static double timeSql(Connection jdbc, Statement statement) throws SQLException {
        long start = System.nanoTime();
        try (var ps = jdbc.prepareStatement(statement.sql())) {
            for (int i = 0; i < statement.params().size(); i++) {
                var value = statement.params().get(i);
                if (value instanceof UUID) {
                    ps.setObject(i + 1, value, Types.OTHER);
                } else {
                    ps.setObject(i + 1, value);
                }
            }
            try (var rows = ps.executeQuery()) {
                Turns.readEveryValue(rows);
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }
}
