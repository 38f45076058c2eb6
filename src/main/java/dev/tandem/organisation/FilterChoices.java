package dev.tandem.organisation;

import dev.tandem.organisation.OrganisationQueries.Option;
import dev.tandem.organisation.OrganisationQueries.SitePlaces;
import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The choices of a list filtered by organisation, site and area, read in one statement rather than one each: a page
 * that lists thousands of people should not spend more on its filter than on its rows.
 */
@Component
public class FilterChoices {

    private final JdbcClient jdbc;

    FilterChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param organisations every current organisation the viewer may see, the owner company first (as {@link
     *     OrganisationQueries#organisationOptions} lists them)
     * @param sites every current site by name (as {@link OrganisationQueries#siteOptions})
     * @param places every current site with its current areas (as {@link OrganisationQueries#places})
     */
    public record Choices(List<Option> organisations, List<Option> sites, List<SitePlaces> places) {}

    public Choices of(Viewer viewer) {
        var visible = new ListQuery("organisation o").visibleTo(viewer, "o.id").where("o.voided_at is null");
        var organisations = visible.select(
                "'organisation' as part, o.id, o.name as label, o.kind as rank, cast(null as uuid) as area_id,"
                        + " cast(null as text) as area_name");
        var found = new Choices(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        var sites = new LinkedHashMap<UUID, SitePlaces>();
        jdbc.sql(
                        "(" + organisations + " order by o.kind desc, o.name, o.id limit " + Paging.EXPORT_SIZE + ")"
                                + """
                         union all
                        select 'site', s.id, s.name, null, a.id, a.name
                        from site s left join area a on a.site_id = s.id and a.voided_at is null
                        where s.voided_at is null
                        order by part, rank desc, label, id, area_name, area_id""")
                .params(visible.params())
                .query(rs -> {
                    var id = rs.getObject("id", UUID.class);
                    var label = rs.getString("label");
                    if (rs.getString("part").equals("organisation")) {
                        found.organisations().add(new Option(id, label));
                        return;
                    }
                    var site = sites.get(id);
                    if (site == null) {
                        site = new SitePlaces(id, label, new ArrayList<>());
                        sites.put(id, site);
                        found.sites().add(new Option(id, label));
                        found.places().add(site);
                    }
                    var areaId = rs.getObject("area_id", UUID.class);
                    if (areaId != null) {
                        site.areas().add(new Option(areaId, rs.getString("area_name")));
                    }
                });
        return found;
    }
}
