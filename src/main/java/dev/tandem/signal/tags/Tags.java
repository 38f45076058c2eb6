package dev.tandem.signal.tags;

import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface Tags extends ListCrudRepository<Tag, UUID> {

    @Query("select count(*) > 0 from signal_tag where lower(tag_key) = lower(:key) and voided_at is null and id <> :id")
    boolean keyTaken(String key, UUID id);

    @Query("select count(*) > 0 from signal_tag where equipment_id = :equipmentId and lower(name) = lower(:name)"
            + " and voided_at is null and id <> :id")
    boolean nameTaken(UUID equipmentId, String name, UUID id);
}
