package dev.tandem.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What of the plant's own structure depends on a record: a site's areas, an organisation's people, a person's areas. */
@Component
class PlantDependents implements Dependents {

    private final JdbcClient jdbc;

    PlantDependents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StillInUse> on(Of kind, UUID id) {
        return switch (kind) {
            case SITE ->
                names("select code from area where site_id = :id and voided_at is null order by code", id)
                        .map(areas -> new StillInUse("rule.siteHasAreas", areas));
            case ORGANISATION ->
                names(
                                "select full_name from person where organisation_id = :id and voided_at is null"
                                        + " order by full_name",
                                id)
                        .map(people -> new StillInUse("rule.organisationHasPeople", people));
            case PERSON ->
                names("select code from area where owner_id = :id and voided_at is null order by code", id)
                        .map(areas -> new StillInUse("rule.personOwnsAreas", areas));
            case AREA -> Optional.empty();
        };
    }

    private Optional<List<String>> names(String sql, UUID id) {
        var names = jdbc.sql(sql + " limit " + (StillInUse.LISTED + 1))
                .param("id", id)
                .query(String.class)
                .list();
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }
}
