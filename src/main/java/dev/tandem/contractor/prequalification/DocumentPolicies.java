package dev.tandem.contractor.prequalification;

import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

interface DocumentPolicies extends CrudRepository<DocumentPolicy, UUID> {}
