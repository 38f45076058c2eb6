package dev.tandem.training;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface TrainingRecords extends ListCrudRepository<TrainingRecord, UUID> {

    @Query("select * from training_record where competence_id = :competenceId and voided_at is null")
    List<TrainingRecord> currentOf(UUID competenceId);

    @Query("select * from training_record where session_id = :sessionId order by id")
    List<TrainingRecord> ofSession(UUID sessionId);
}
