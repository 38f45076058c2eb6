package dev.tandem.risk;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface Risks extends ListCrudRepository<Risk, UUID> {}
