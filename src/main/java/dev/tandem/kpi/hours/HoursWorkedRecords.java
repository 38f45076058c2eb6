package dev.tandem.kpi.hours;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface HoursWorkedRecords extends ListCrudRepository<HoursWorked, UUID> {

    /** @param month the first day of the month */
    Optional<HoursWorked> findByOrganisationIdAndSiteIdAndMonth(UUID organisationId, UUID siteId, LocalDate month);
}
