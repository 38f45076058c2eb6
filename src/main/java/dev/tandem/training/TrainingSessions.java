package dev.tandem.training;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface TrainingSessions extends ListCrudRepository<TrainingSession, UUID> {}
