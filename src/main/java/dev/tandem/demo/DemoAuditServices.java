package dev.tandem.demo;

import dev.tandem.audit.Checklists;
import dev.tandem.audit.InspectionFindings;
import dev.tandem.audit.InspectionPlanning;
import dev.tandem.audit.InspectionSignatures;
import dev.tandem.audit.InspectionWork;
import dev.tandem.audit.ScheduledInspections;
import org.springframework.stereotype.Component;

/** The audit module's services the demo's checklists, schedules and inspections are written through. */
@Component
record DemoAuditServices(
        Checklists checklists,
        InspectionPlanning planning,
        ScheduledInspections scheduled,
        InspectionWork work,
        InspectionFindings findings,
        InspectionSignatures signatures) {}
