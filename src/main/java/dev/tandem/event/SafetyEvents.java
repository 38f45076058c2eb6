package dev.tandem.event;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface SafetyEvents extends ListCrudRepository<SafetyEvent, UUID> {}
