package dev.tandem.training.listing;

import dev.tandem.shared.RecordRows;
import dev.tandem.training.Standing;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one reading of what is required of people and how they stand in it, for the competence matrix, clearance, the
 * figures and the reminders: the requirements of everyone, of their position, of their roles and of the area the work
 * is in, each with the person's approved passes, judged on the day it is on the person's site.
 */
@Component
public class Standings {

    /**
     * The day it is at {@code :now} on the site of the person row {@code p} joined to its site as {@code ps} (see
     * {@link #SITE_OF_PERSON}); the enterprise's day for a person of no site.
     */
    public static final String TODAY_ON_SITE = "(cast(:now as timestamptz) at time zone coalesce(ps.time_zone,"
            + " (select e.time_zone from enterprise e limit 1)))::date";

    /** Joins the person row {@code p} to its site as {@code ps}, for {@link #TODAY_ON_SITE}. */
    public static final String SITE_OF_PERSON = " left join site ps on ps.id = p.site_id";

    /**
     * Pairs of {@code person_id} and {@code competence_id}: every current competence required of each person of the
     * relation {@code selected} (its columns {@code id}, {@code position} and {@code area_id}): everyone's, their
     * position's (whatever its case and spaces), their roles', the area's they work in and, for work in the area
     * {@code :area} (null for none), that area's. Joins on equal keys rather than one on a condition with "or", so that
     * thousands of people are matched at once.
     */
    public static final String REQUIRED =
            """
            select x.person_id, x.competence_id
            from (select s.id as person_id, r.competence_id from selected s
                  join training_requirement r on r.position is null and r.role is null and r.area_id is null
                  where r.voided_at is null
                  union
                  select s.id, r.competence_id from selected s
                  join training_requirement r on lower(btrim(r.position)) = lower(btrim(s.position))
                  where r.voided_at is null and r.position is not null
                  union
                  select s.id, r.competence_id from selected s join person_role pr on pr.person_id = s.id
                  join training_requirement r on r.role = pr.role
                  where r.voided_at is null
                  union
                  select s.id, r.competence_id from selected s
                  join training_requirement r on r.area_id = s.area_id
                  where r.voided_at is null
                  union
                  select s.id, r.competence_id from selected s
                  join training_requirement r on r.area_id = cast(:area as uuid)
                  where r.voided_at is null) x
            join competence c on c.id = x.competence_id and c.voided_at is null""";

    /**
     * Where each person of {@code selected} (with its {@code today} column) stands in each pair of {@code required}: the
     * cell of the rule {@code training_standing} and the latest expiry (none when a pass never expires).
     */
    public static final String STANDING =
            """
            select q.person_id, q.competence_id, s.today as on_day,
                   training_standing(count(t.id) > 0, coalesce(bool_or(t.id is not null and t.expires_on is null),
                                     false), max(t.expires_on), s.today) as standing,
                   case when bool_or(t.id is not null and t.expires_on is null) then null
                        else max(t.expires_on) end as expires_on
            from required q join selected s on s.id = q.person_id
            left join training_record t on t.person_id = q.person_id and t.competence_id = q.competence_id
                 and t.voided_at is null and t.status = 'APPROVED' and t.result = 'PASSED'
            group by q.person_id, q.competence_id, s.today""";

    private static final String STANDINGS =
            """
            with selected as (
                select p.id, p.position, p.area_id, %s as today from person p%s where p.id = any(:people)),
            required as (
                %s
                union
                select s.id, c.id from selected s join competence c on c.id = any(:named) and c.voided_at is null)
            %s"""
                    .formatted(TODAY_ON_SITE, SITE_OF_PERSON, REQUIRED, STANDING);

    private final JdbcClient jdbc;

    Standings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Where a person stands in one competence on the day it is on their site, with the latest expiry of their passes
     * (none when one never expires or there is none).
     */
    public record Passes(UUID personId, UUID competenceId, LocalDate onDay, Standing standing, LocalDate expiresOn) {}

    /**
     * Each person's passes in every competence required of them, by person and competence.
     *
     * @param area an area whose requirements apply too, or null
     * @param named competences the work names, required on top
     * @param now the moment the standings are of, on each person's site
     */
    public Map<UUID, Map<UUID, Passes>> of(Collection<UUID> people, UUID area, Set<UUID> named, Instant now) {
        var result = new HashMap<UUID, Map<UUID, Passes>>();
        if (people.isEmpty()) {
            return result;
        }
        jdbc.sql(STANDINGS)
                .param("people", people.toArray(UUID[]::new))
                .param("area", area)
                .param("named", named.toArray(UUID[]::new))
                .param("now", java.sql.Timestamp.from(now))
                .query(RecordRows.of(Passes.class))
                .list()
                .forEach(passes -> result.computeIfAbsent(passes.personId(), person -> new LinkedHashMap<>())
                        .put(passes.competenceId(), passes));
        return result;
    }
}
