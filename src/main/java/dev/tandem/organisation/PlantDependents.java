package dev.tandem.organisation;

import dev.tandem.history.Dependents;
import dev.tandem.history.Recorded;
import dev.tandem.history.StillInUse;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What of the plant's own structure depends on a record: a site's areas, an area's people, an organisation's people, a
 * person's areas.
 */
@Component
class PlantDependents implements Dependents {

    private final JdbcClient jdbc;

    PlantDependents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StillInUse> on(Recorded record) {
        return switch (record.recordType()) {
            case "site" ->
                named(
                        "rule.siteHasAreas",
                        "select code from area where site_id = :id and voided_at is null order by code",
                        record);
            case "organisation" ->
                named(
                        "rule.organisationHasPeople",
                        "select full_name from person where organisation_id = :id and voided_at is null order by full_name",
                        record);
            case "area" ->
                named(
                        "rule.areaHasPeople",
                        "select full_name from person where area_id = :id and voided_at is null order by full_name",
                        record);
            case "person" ->
                named(
                        "rule.personOwnsAreas",
                        "select code from area where owner_id = :id and voided_at is null order by code",
                        record);
            default -> Optional.empty();
        };
    }

    private Optional<StillInUse> named(String messageCode, String namesSql, Recorded record) {
        return StillInUse.named(jdbc, messageCode, namesSql, record.id());
    }
}
