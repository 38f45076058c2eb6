package dev.tandem.action;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface CorrectiveActions extends ListCrudRepository<CorrectiveAction, UUID> {}
