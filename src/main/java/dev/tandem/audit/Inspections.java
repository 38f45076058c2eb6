package dev.tandem.audit;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface Inspections extends ListCrudRepository<Inspection, UUID> {}
