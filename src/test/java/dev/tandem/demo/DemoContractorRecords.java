package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's records of its contractors as the plant's database holds them, beside the time each contractor worked
 * at the plant: from the day the demo's first engagement of it started to the moment it was first suspended or
 * offboarded, and never for a contractor the demo gave no engagement. The records are the demo's own (other tests add
 * theirs beside them): the events reported by or concerning a contractor, the actions it answers for, the inspections
 * of it or started by it and the stops of its work or raised by its people, each with every moment it is dated by.
 */
final class DemoContractorRecords {

    /** A moment a record is dated by, and the contractor it belongs to. */
    record Dated(String what, UUID id, UUID organisation, Instant at) {}

    /** When a contractor worked: from the day it started (null: never) to the moment it left (null: works on). */
    record Period(LocalDate started, Instant left) {}

    private static final String RECORDS =
            """
            select 'event occurred' as what, id, organisation_id as organisation, occurred_at as at
              from safety_event where id in (:events)
            union all select 'event reported', id, reporter_organisation_id, reported_at
              from safety_event where id in (:events)
            union all select 'action raised', id, responsible_organisation_id, created_at
              from corrective_action where id in (:actions) or source_id in (:events) or source_id in (:inspections)
            union all select 'action done', id, responsible_organisation_id, done_at
              from corrective_action
             where done_at is not null and (id in (:actions) or source_id in (:events) or source_id in (:inspections))
            union all select 'action verified', id, responsible_organisation_id, verified_at
              from corrective_action
             where verified_at is not null and (id in (:actions) or source_id in (:events) or source_id in (:inspections))
            union all select 'inspection of', id, organisation_id, created_at
              from audit_inspection where id in (:inspections) and organisation_id is not null
            union all select 'inspection started by', id, started_by_organisation_id, created_at
              from audit_inspection where id in (:inspections)
            union all select 'inspection completed', id, coalesce(organisation_id, started_by_organisation_id),
                             completed_at
              from audit_inspection where id in (:inspections) and completed_at is not null
            union all select 'stop of the work of', id, organisation_id, raised_at
              from stop_work where id in (:stops)
            union all select 'stop raised by', id, initiator_organisation_id, raised_at
              from stop_work where id in (:stops)
            union all select 'stop answered', id, organisation_id,
                             coalesce(resumed_at, judged_at, resolved_at, acknowledged_at, raised_at)
              from stop_work where id in (:stops)""";

    private static final String PERIODS =
            """
            select o.id,
                   (select min(e.starts_on) from contractor_engagement e
                     where e.organisation_id = o.id and e.id in (:engagements)) as started,
                   (select min(h.changed_at) from history_entry h
                     where h.record_id = o.id and h.changes -> 'status' ->> 'to' in ('SUSPENDED', 'OFFBOARDED')) as left_at
              from organisation o where o.id in (:organisations) and o.kind = 'CONTRACTOR'""";

    private DemoContractorRecords() {}

    /** The demo's contractors and when each worked at the plant. */
    static Map<UUID, Period> periods(JdbcClient jdbc) {
        var periods = new HashMap<UUID, Period>();
        jdbc.sql(PERIODS)
                .param("engagements", ids("contractor-engagement", 1000))
                .param("organisations", ids("organisation", 50))
                .query((rs, n) -> periods.put(
                        rs.getObject("id", UUID.class),
                        new Period(
                                rs.getObject("started", LocalDate.class),
                                rs.getTimestamp("left_at") == null
                                        ? null
                                        : rs.getTimestamp("left_at").toInstant())))
                .list();
        return periods;
    }

    /** Every moment a record of the demo's is dated by, of the demo's contractors. */
    static List<Dated> records(JdbcClient jdbc) {
        var contractors = periods(jdbc).keySet();
        return jdbc
                .sql(RECORDS)
                .param("events", ids("event", 3000))
                .param("actions", ids("action", 3000))
                .param("inspections", ids("inspection", 1000))
                .param("stops", ids("stop", 1000))
                .query((rs, n) -> new Dated(
                        rs.getString("what"),
                        rs.getObject("id", UUID.class),
                        rs.getObject("organisation", UUID.class),
                        rs.getTimestamp("at").toInstant()))
                .list()
                .stream()
                .filter(dated -> contractors.contains(dated.organisation()))
                .toList();
    }

    /**
     * Asserts that the demo gave its contractors records (those that left among them), and none dated while the
     * contractor was not working at the plant.
     */
    static void assertDatedWhileWorking(JdbcClient jdbc) {
        var zone = ZoneId.of(
                jdbc.sql("select time_zone from enterprise").query(String.class).single());
        var periods = periods(jdbc);
        var records = records(jdbc);
        var left = periods.entrySet().stream()
                .filter(period -> period.getValue().left() != null)
                .map(Map.Entry::getKey)
                .toList();
        assertThat(records).hasSizeGreaterThan(200);
        assertThat(left).as("the contractors that left").hasSizeGreaterThanOrEqualTo(2);
        assertThat(records)
                .extracting(Dated::organisation)
                .as("the contractors that left have records of their time")
                .containsAll(left);
        var outside = new ArrayList<Dated>();
        for (var dated : records) {
            var period = periods.get(dated.organisation());
            if (period.started() == null
                    || dated.at().isBefore(period.started().atStartOfDay(zone).toInstant())
                    || (period.left() != null && dated.at().isAfter(period.left()))) {
                outside.add(dated);
            }
        }
        assertThat(outside)
                .as("records dated while their contractor was not working")
                .isEmpty();
    }

    /**
     * Asserts that most of the demo's contractors that came in the last 12 months were integrated within their 30
     * days, one or two late, once the joint inspections' ticks (after their transactions) have arrived.
     *
     * @param integration reads the figure over the API as the safety department does
     */
    static void assertMostIntegratedWithin30Days(Callable<String> integration) throws Exception {
        var demo = ids("organisation", 50).stream().map(UUID::toString).toList();
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            List<Map<String, Object>> counted = JsonPath.read(integration.call(), "$.counted[*]");
            var ours = counted.stream()
                    .filter(row -> demo.contains((String) row.get("organisationId")))
                    .toList();
            assertThat(ours).as("the demo's onboardings counted").hasSizeGreaterThanOrEqualTo(4);
            assertThat(ours)
                    .as("each completed, once its joint inspection's tick has arrived")
                    .allSatisfy(row -> assertThat(row.get("completedOn")).isNotNull());
            long late = ours.stream()
                    .filter(row -> LocalDate.parse((String) row.get("completedOn"))
                            .isAfter(LocalDate.parse((String) row.get("dueOn"))))
                    .count();
            assertThat(late).as("late").isBetween(1L, 2L);
            assertThat(100.0 * (ours.size() - late) / ours.size())
                    .as("the share integrated within 30 days")
                    .isBetween(60.0, 95.0);
        });
    }

    private static List<UUID> ids(String kind, int count) {
        return IntStream.range(0, count).mapToObj(n -> DemoRun.id(kind, n)).toList();
    }
}
