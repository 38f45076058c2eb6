package dev.tandem.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Inspections' settings.
 *
 * @param photoMaxSize the largest photo an inspection takes
 * @param photosPerInspection how many photos an inspection keeps, replaced ones included
 * @param scheduleInterval how often schedules are looked at for slots that began
 */
@ConfigurationProperties("tandem.audit")
record AuditProperties(
        @DefaultValue("10MB") DataSize photoMaxSize,
        @DefaultValue("300") int photosPerInspection,
        @DefaultValue("PT1M") Duration scheduleInterval) {}
