package dev.tandem.training.listing;

import dev.tandem.training.Standing;
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
 * The one reading of what is required of people and how they stand in it, for the competence matrix and for
 * clearance: the requirements of everyone, of their position and of their roles, with those of an area and named
 * competences when work asks for them, each with the person's approved passes.
 */
@Component
public class Standings {

    /**
     * Whether requirement {@code r} is of the person in {@code %1$s} (a person row): everyone's, their position's
     * (whatever its case and spaces) or one of their roles'.
     */
    public static final String REQUIRED_OF =
            """
            ((r.position is null and r.role is null and r.area_id is null)
             or (r.position is not null and lower(btrim(r.position)) = lower(btrim(%1$s.position)))
             or (r.role is not null
                 and exists (select 1 from person_role pr where pr.person_id = %1$s.id and pr.role = r.role)))""";

    private static final String STANDINGS =
            """
            select q.person_id, q.competence_id,
                   training_standing(count(t.id) > 0, coalesce(bool_or(t.id is not null and t.expires_on is null),
                                     false), max(t.expires_on), :today) as standing,
                   case when bool_or(t.id is not null and t.expires_on is null) then null
                        else max(t.expires_on) end as expires_on
            from (select p.id as person_id, r.competence_id
                  from person p join training_requirement r on r.voided_at is null
                       and (%s or r.area_id = cast(:area as uuid))
                  join competence c on c.id = r.competence_id and c.voided_at is null
                  where p.id = any(:people)
                  union
                  select p.id, c.id from person p join competence c on c.id = any(:named) and c.voided_at is null
                  where p.id = any(:people)) q
            left join training_record t on t.person_id = q.person_id and t.competence_id = q.competence_id
                 and t.voided_at is null and t.status = 'APPROVED' and t.result = 'PASSED'
            group by q.person_id, q.competence_id"""
                    .formatted(REQUIRED_OF.formatted("p"));

    private final JdbcClient jdbc;

    Standings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Where a person stands in one competence on the day asked, with the latest expiry of their passes (none when one
     * never expires or there is none).
     */
    public record Passes(UUID personId, UUID competenceId, Standing standing, LocalDate expiresOn) {}

    /**
     * Each person's passes in every competence required of them, by person and competence.
     *
     * @param area an area whose requirements apply too, or null
     * @param named competences the work names, required on top
     * @param today the day the standings are of
     */
    public Map<UUID, Map<UUID, Passes>> of(Collection<UUID> people, UUID area, Set<UUID> named, LocalDate today) {
        var result = new HashMap<UUID, Map<UUID, Passes>>();
        if (people.isEmpty()) {
            return result;
        }
        jdbc
                .sql(STANDINGS)
                .param("people", people.toArray(UUID[]::new))
                .param("area", area)
                .param("named", named.toArray(UUID[]::new))
                .param("today", today)
                .query(Passes.class)
                .stream()
                .forEach(passes -> result.computeIfAbsent(passes.personId(), person -> new LinkedHashMap<>())
                        .put(passes.competenceId(), passes));
        return result;
    }
}
