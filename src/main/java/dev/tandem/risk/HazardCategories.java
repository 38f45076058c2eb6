package dev.tandem.risk;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface HazardCategories extends ListCrudRepository<HazardCategory, UUID> {}
