package dev.tandem.organisation;

import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface People extends ListCrudRepository<Person, UUID> {

    /** Whether another person of the organisation has the personnel number, whatever its case. */
    @Query(
            """
            select count(*) > 0 from person
            where organisation_id = :organisationId and lower(personnel_number) = lower(:personnelNumber)
              and id <> :id""")
    boolean personnelNumberTaken(UUID organisationId, String personnelNumber, UUID id);
}
