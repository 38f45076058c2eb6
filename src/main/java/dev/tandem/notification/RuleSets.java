package dev.tandem.notification;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

interface RuleSets extends CrudRepository<RuleSet, UUID> {

    Optional<RuleSet> findByKind(String kind);
}
