package dev.tandem.risk;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The areas a contractor's people work in, until the contractor module's engagements say so: those where the safety
 * records of the contractor's organisation are (the event module's published facts). A contractor reads the risks
 * of these areas and no others.
 */
@Component
class ContractorReach {

    /** The condition on a column holding an area, for a list; binds {@code :reachOrganisation}. */
    static final String AREA_IN_REACH =
            """
            %s in (select f.area_id from safety_event_fact f
                   where f.organisation_id = :reachOrganisation and f.voided_at is null and f.area_id is not null)""";

    private final JdbcClient jdbc;

    ContractorReach(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean reaches(UUID organisationId, UUID areaId) {
        return jdbc.sql("select exists (select 1 where " + AREA_IN_REACH.formatted(":area") + ")")
                .param("area", areaId)
                .param("reachOrganisation", organisationId)
                .query(Boolean.class)
                .single();
    }
}
