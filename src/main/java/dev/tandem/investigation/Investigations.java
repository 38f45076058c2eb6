package dev.tandem.investigation;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface Investigations extends ListCrudRepository<Investigation, UUID> {}
