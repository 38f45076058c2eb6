package dev.tandem.training.listing;

import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.RecordRows;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's training figures, own staff and contractors apart, for the enterprise, a site or an organisation:
 * how many of the people something is required of hold every required competence today (fully trained), and how many
 * required competences expire within 30 days. Aggregates, which everyone signed in reads.
 */
@Component
@Transactional(readOnly = true)
public class TrainingFigures {

    private static final String FIGURES =
            """
            with selected as (
                select p.id, p.position, p.area_id, o.kind = 'CONTRACTOR' as contractor, %s as today
                from person p join organisation o on o.id = p.organisation_id%s
                where p.voided_at is null and o.voided_at is null
                  and (cast(:site as uuid) is null or p.site_id = :site)
                  and (cast(:organisation as uuid) is null or p.organisation_id = :organisation)),
            required as (%s),
            cells as (%s),
            people as (
                select s.id as person_id, s.contractor, bool_and(c.standing in ('VALID', 'EXPIRING')) as trained,
                       count(*) filter (where c.standing = 'EXPIRING') as expiring
                from cells c join selected s on s.id = c.person_id group by s.id, s.contractor)
            select contractor, count(*) as people, count(*) filter (where trained) as trained,
                   coalesce(sum(expiring), 0) as expiring
            from people group by contractor"""
                    .formatted(
                            Standings.TODAY_ON_SITE, Standings.SITE_OF_PERSON, Standings.REQUIRED, Standings.STANDING);

    private final JdbcClient jdbc;
    private final PlantStructure plant;
    private final Clock clock;

    TrainingFigures(JdbcClient jdbc, PlantStructure plant, Clock clock) {
        this.jdbc = jdbc;
        this.plant = plant;
        this.clock = clock;
    }

    /**
     * One side of the workforce.
     *
     * @param people those something is required of
     * @param trained those of them who hold every required competence today
     * @param expiring required competences that expire within 30 days
     * @param percent the share fully trained in per cent, or null when nothing is required of anyone
     */
    public record Share(long people, long trained, long expiring, Double percent) {

        static final Share NONE = of(0, 0, 0);

        static Share of(long people, long trained, long expiring) {
            return new Share(people, trained, expiring, people == 0 ? null : 100.0 * trained / people);
        }
    }

    /**
     * @param on the day the figures are of: the site's when they are a site's, as every cell is judged on its person's
     *     site's day; the enterprise's otherwise
     * @param expiring required competences of anyone that expire within 30 days
     */
    public record Figures(LocalDate on, Share ownStaff, Share contractors, long expiring) {}

    private record Side(boolean contractor, long people, long trained, long expiring) {}

    /** @param siteId a site, or null for every site; @param organisationId an organisation, or null for all */
    public Figures figures(UUID siteId, UUID organisationId) {
        var now = Instant.now(clock);
        var today = LocalDate.ofInstant(now, plant.siteTimes().zone(siteId));
        var own = Share.NONE;
        var contractors = Share.NONE;
        for (var side : jdbc.sql(FIGURES)
                .param("site", siteId)
                .param("organisation", organisationId)
                .param("area", null)
                .param("now", java.sql.Timestamp.from(now))
                .query(RecordRows.of(Side.class))
                .list()) {
            var share = Share.of(side.people(), side.trained(), side.expiring());
            if (side.contractor()) {
                contractors = share;
            } else {
                own = share;
            }
        }
        return new Figures(today, own, contractors, own.expiring() + contractors.expiring());
    }
}
