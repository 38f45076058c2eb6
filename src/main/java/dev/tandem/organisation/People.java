package dev.tandem.organisation;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface People extends ListCrudRepository<Person, UUID> {}
