package dev.tandem.stopwork;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface StopWorks extends ListCrudRepository<StopWork, UUID> {

    @Query("select * from stop_work where organisation_id = :organisationId and raised_at >= :since"
            + " and voided_at is null order by raised_at desc, id limit :limit")
    List<StopWork> findOfOrganisationSince(UUID organisationId, Instant since, int limit);
}
