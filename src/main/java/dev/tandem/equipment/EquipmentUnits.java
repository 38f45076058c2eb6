package dev.tandem.equipment;

import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface EquipmentUnits extends ListCrudRepository<Equipment, UUID> {

    /** Whether another piece of equipment on the site has the code, whatever its case (voided ones too). */
    @Query("select count(*) > 0 from equipment where site_id = :siteId and lower(code) = lower(:code) and id <> :id")
    boolean codeTaken(UUID siteId, String code, UUID id);
}
