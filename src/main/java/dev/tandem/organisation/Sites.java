package dev.tandem.organisation;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface Sites extends ListCrudRepository<Site, UUID> {}
