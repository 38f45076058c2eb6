package dev.tandem.audit;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface InspectionSchedules extends ListCrudRepository<InspectionSchedule, UUID> {}
