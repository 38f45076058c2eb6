package dev.tandem.notification;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface EscalationLadders extends ListCrudRepository<EscalationLadder, UUID> {

    Optional<EscalationLadder> findByKind(String kind);
}
