package dev.tandem.contractor.reminders;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Contractor settings.
 *
 * @param reminderInterval how often the documents' expiry check runs (also its first delay); reminders are claimed
 *     once each, so a check that runs more often than daily only tells sooner
 */
@ConfigurationProperties("tandem.contractor")
public record ContractorProperties(@DefaultValue("PT1H") Duration reminderInterval) {}
