package dev.tandem.investigation.triggers;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface InvestigationTriggers extends ListCrudRepository<InvestigationTrigger, UUID> {

    Optional<InvestigationTrigger> findByCode(TriggerCode code);
}
