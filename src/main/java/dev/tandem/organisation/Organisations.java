package dev.tandem.organisation;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface Organisations extends ListCrudRepository<Organisation, UUID> {}
