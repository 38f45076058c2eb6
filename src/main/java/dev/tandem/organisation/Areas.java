package dev.tandem.organisation;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface Areas extends ListCrudRepository<Area, UUID> {}
