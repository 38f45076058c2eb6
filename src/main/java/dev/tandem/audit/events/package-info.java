/** What the audit module tells other modules has happened; the one part of it they may depend on. */
@NamedInterface("events")
package dev.tandem.audit.events;

import org.springframework.modulith.NamedInterface;
