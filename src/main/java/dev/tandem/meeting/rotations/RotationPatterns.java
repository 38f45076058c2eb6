package dev.tandem.meeting.rotations;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface RotationPatterns extends ListCrudRepository<RotationPattern, UUID> {}
