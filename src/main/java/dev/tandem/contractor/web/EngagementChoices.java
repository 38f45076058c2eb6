package dev.tandem.contractor.web;

import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.OrganisationQueries.Option;
import dev.tandem.organisation.OrganisationQueries.SitePlaces;
import dev.tandem.risk.RiskFilter;
import dev.tandem.risk.RiskQueries;
import dev.tandem.risk.RiskQueries.RiskRow;
import dev.tandem.shared.Paging;
import dev.tandem.shared.RecordRows;
import dev.tandem.shared.Viewer;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The choices of the engagement pages: sites with their areas, the areas' owners as mentors, a site's risks. */
@Component
class EngagementChoices {

    /** The most risks offered to pick from at once; the register's own page finds the rest. */
    static final int RISKS_OFFERED = 100;

    private final OrganisationQueries organisations;
    private final RiskQueries risks;
    private final JdbcClient jdbc;

    EngagementChoices(OrganisationQueries organisations, RiskQueries risks, JdbcClient jdbc) {
        this.organisations = organisations;
        this.risks = risks;
        this.jdbc = jdbc;
    }

    List<SitePlaces> places() {
        return organisations.places();
    }

    /** The line managers who own an area: whom an engagement may name as its mentor. */
    List<Option> mentors() {
        return jdbc.sql(
                        """
                        select distinct p.id, p.full_name as label from area a join person p on p.id = a.owner_id
                        where a.voided_at is null and p.voided_at is null order by label, p.id""")
                .query(RecordRows.of(Option.class))
                .list();
    }

    List<RiskRow> risksOf(List<UUID> ids, Viewer viewer) {
        return risks.risks(ids, viewer);
    }

    /** The current risks of the site the viewer reads, to pick from. */
    List<RiskRow> risksOnSite(UUID siteId, Viewer viewer) {
        return risks.risks(RiskFilter.none().onSite(siteId), Paging.first(RISKS_OFFERED), viewer)
                .items();
    }
}
