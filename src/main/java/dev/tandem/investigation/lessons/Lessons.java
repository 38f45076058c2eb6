package dev.tandem.investigation.lessons;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** The lesson cards as stored. */
interface Lessons extends ListCrudRepository<Lesson, UUID> {

    Optional<Lesson> findByInvestigationId(UUID investigationId);
}
