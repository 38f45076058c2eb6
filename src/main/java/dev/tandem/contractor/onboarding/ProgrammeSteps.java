package dev.tandem.contractor.onboarding;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface ProgrammeSteps extends CrudRepository<ProgrammeStep, UUID> {

    @Query("select * from contractor_onboarding_step where voided_at is null order by due_day, kind, id")
    List<ProgrammeStep> findCurrent();
}
