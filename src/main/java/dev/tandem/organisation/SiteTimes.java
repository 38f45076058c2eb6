package dev.tandem.organisation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/**
 * The wall clock of each site, for exports and lists that show each record's time where it happened: a site's own
 * zone, the enterprise's for a record of no site.
 */
public record SiteTimes(Map<UUID, ZoneId> zones, ZoneId enterprise) {

    public SiteTimes {
        zones = Map.copyOf(zones);
    }

    public ZoneId zone(UUID siteId) {
        return siteId == null ? enterprise : zones.getOrDefault(siteId, enterprise);
    }

    /** The time on the site's clock; null for no time. */
    public LocalDateTime local(Instant at, UUID siteId) {
        return at == null ? null : LocalDateTime.ofInstant(at, zone(siteId));
    }
}
