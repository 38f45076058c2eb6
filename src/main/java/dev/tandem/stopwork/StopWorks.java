package dev.tandem.stopwork;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface StopWorks extends ListCrudRepository<StopWork, UUID> {

    /** Of one organisation's work, or of everyone's on one site, when the other is null. */
    @Query("select * from stop_work where (cast(:organisationId as uuid) is null or organisation_id = :organisationId)"
            + " and (cast(:siteId as uuid) is null or site_id = :siteId) and raised_at >= :since"
            + " and voided_at is null order by raised_at desc, id limit :limit")
    List<StopWork> findSince(UUID siteId, UUID organisationId, Instant since, int limit);
}
