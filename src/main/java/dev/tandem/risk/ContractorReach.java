package dev.tandem.risk;

import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The areas a contractor's people work in: those of its engagements (the contractor module answers through
 * {@link ContractorWorkAreas}), or for a contractor without any, those where the safety records of its organisation
 * are (the event module's published facts). A contractor reads the risks of these areas and no others.
 */
@Component
class ContractorReach {

    /** The condition on a column holding an area, for a list; binds {@code :reachOrganisation}. */
    static final String AREA_IN_REACH =
            """
            %s in (select f.area_id from safety_event_fact f
                   where f.organisation_id = :reachOrganisation and f.voided_at is null and f.area_id is not null)""";

    private final JdbcClient jdbc;
    private final ObjectProvider<ContractorWorkAreas> workAreas;

    ContractorReach(JdbcClient jdbc, ObjectProvider<ContractorWorkAreas> workAreas) {
        this.jdbc = jdbc;
        this.workAreas = workAreas;
    }

    /** The areas of the contractor's engagements; none when it has none (or nothing keeps engagements). */
    Set<UUID> engaged(UUID organisationId) {
        var areas = workAreas.getIfAvailable();
        return areas == null ? Set.of() : areas.areasOf(organisationId);
    }

    boolean reaches(UUID organisationId, UUID areaId) {
        var engaged = engaged(organisationId);
        if (!engaged.isEmpty()) {
            return engaged.contains(areaId);
        }
        return jdbc.sql("select exists (select 1 where " + AREA_IN_REACH.formatted(":area") + ")")
                .param("area", areaId)
                .param("reachOrganisation", organisationId)
                .query(Boolean.class)
                .single();
    }
}
