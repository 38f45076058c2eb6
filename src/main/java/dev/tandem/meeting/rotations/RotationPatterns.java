package dev.tandem.meeting.rotations;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RotationPatterns extends ListCrudRepository<RotationPattern, UUID> {

    @Query("select * from meeting_rotation_pattern where organisation_id = :organisationId and voided_at is null")
    List<RotationPattern> findByOrganisation(UUID organisationId);

    @Query("select * from meeting_rotation_pattern where voided_at is null")
    List<RotationPattern> findCurrent();
}
