package dev.tandem.investigation.store;

import dev.tandem.investigation.Investigation;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** The investigations as stored, for the module's services. */
public interface Investigations extends ListCrudRepository<Investigation, UUID> {}
