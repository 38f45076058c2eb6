package dev.tandem.contractor.onboarding;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface Onboardings extends CrudRepository<Onboarding, UUID> {

    @Query("select * from contractor_onboarding where organisation_id = :organisationId and voided_at is null")
    Optional<Onboarding> findByOrganisation(UUID organisationId);

    /**
     * The same, its row locked until the transaction ends: records of other modules that arrive together (joint
     * inspections completed in the same minute) tick it one after another, the later ones finding the step ticked.
     */
    @Query("select * from contractor_onboarding where organisation_id = :organisationId and voided_at is null"
            + " for update")
    Optional<Onboarding> lockByOrganisation(UUID organisationId);
}
