package dev.tandem.contractor.onboarding;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface Onboardings extends CrudRepository<Onboarding, UUID> {

    @Query("select * from contractor_onboarding where organisation_id = :organisationId and voided_at is null")
    Optional<Onboarding> findByOrganisation(UUID organisationId);
}
