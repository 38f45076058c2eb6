package dev.tandem.contractor.prequalification;

import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

interface Prequalifications extends CrudRepository<Prequalification, UUID> {}
