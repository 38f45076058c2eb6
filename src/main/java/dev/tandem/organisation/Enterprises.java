package dev.tandem.organisation;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface Enterprises extends ListCrudRepository<Enterprise, UUID> {}
