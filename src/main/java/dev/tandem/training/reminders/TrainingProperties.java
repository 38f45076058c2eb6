package dev.tandem.training.reminders;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Training settings.
 *
 * @param reminderInterval how often the expiry check runs (also its first delay); reminders are claimed once each,
 *     so a check that runs more often than daily only tells sooner
 */
@ConfigurationProperties("tandem.training")
public record TrainingProperties(@DefaultValue("PT1H") Duration reminderInterval) {}
