package dev.tandem.action.reminders;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminders of corrective actions.
 *
 * @param reminderDaysBefore how many days before its due date an unfinished action counts as due soon and its owner
 *     is reminded
 * @param reminderInterval how often the reminder job looks for actions due soon or overdue (also its first delay)
 */
@ConfigurationProperties("tandem.action")
public record ActionProperties(
        @DefaultValue("3") int reminderDaysBefore, @DefaultValue("PT15M") Duration reminderInterval) {

    public ActionProperties {
        if (reminderDaysBefore < 0) {
            throw new IllegalArgumentException("tandem.action.reminder-days-before must be 0 or more");
        }
    }
}
