package dev.tandem.investigation.overdue;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How investigations are watched.
 *
 * @param overdueInterval how often queued and open investigations past their due date are looked for
 */
@ConfigurationProperties("tandem.investigation")
record InvestigationProperties(@DefaultValue("PT1H") Duration overdueInterval) {}
