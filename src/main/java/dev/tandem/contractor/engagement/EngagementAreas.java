package dev.tandem.contractor.engagement;

import dev.tandem.risk.ContractorWorkAreas;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The areas of a contractor's planned and running engagements: what it reads of the risk register. */
@Component
class EngagementAreas implements ContractorWorkAreas {

    private final JdbcClient jdbc;

    EngagementAreas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<UUID> areasOf(UUID organisationId) {
        return new HashSet<>(jdbc.sql(
                        """
                        select distinct unnest(area_ids) from contractor_engagement
                        where organisation_id = :organisation and status in ('PLANNED', 'ACTIVE') and voided_at is null""")
                .param("organisation", organisationId)
                .query(UUID.class)
                .list());
    }
}
