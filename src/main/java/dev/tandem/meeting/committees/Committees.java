package dev.tandem.meeting.committees;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface Committees extends ListCrudRepository<Committee, UUID> {}
