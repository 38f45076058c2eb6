package dev.tandem.stopwork;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface StopWorks extends ListCrudRepository<StopWork, UUID> {}
