package dev.tandem.kpi;

import java.time.YearMonth;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;

/** The hours worked of an organisation on a site in a month were recorded or changed: its figures changed with them. */
@DomainEvent
public record HoursChanged(UUID organisationId, UUID siteId, YearMonth month) {}
