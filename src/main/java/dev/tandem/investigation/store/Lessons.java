package dev.tandem.investigation.store;

import dev.tandem.investigation.Lesson;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** The lesson cards as stored. */
public interface Lessons extends ListCrudRepository<Lesson, UUID> {

    Optional<Lesson> findByInvestigationId(UUID investigationId);
}
