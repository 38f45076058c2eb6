package dev.tandem.contractor.engagement;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface Engagements extends CrudRepository<Engagement, UUID> {

    @Query("select * from contractor_engagement where organisation_id = :organisationId"
            + " order by voided_at is not null, starts_on desc, id")
    List<Engagement> findByOrganisation(UUID organisationId);
}
