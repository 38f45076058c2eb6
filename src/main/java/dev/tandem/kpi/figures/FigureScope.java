package dev.tandem.kpi.figures;

import java.util.UUID;

/**
 * Where and whose figures: the enterprise when nothing is set, else narrowed by site, area, organisation and
 * workforce together. Injuries count for the injured person's organisation; other events for the organisation
 * whose work they concern. An area has no hours of its own, so an area's figures are counts without rates.
 */
public record FigureScope(UUID siteId, UUID areaId, UUID organisationId, Workforce workforce) {

    public FigureScope {
        workforce = workforce == null ? Workforce.ALL : workforce;
    }

    public static FigureScope enterprise() {
        return new FigureScope(null, null, null, Workforce.ALL);
    }

    public static FigureScope site(UUID siteId) {
        return new FigureScope(siteId, null, null, Workforce.ALL);
    }

    public static FigureScope area(UUID areaId) {
        return new FigureScope(null, areaId, null, Workforce.ALL);
    }

    public static FigureScope organisation(UUID organisationId) {
        return new FigureScope(null, null, organisationId, Workforce.ALL);
    }

    public static FigureScope workforce(Workforce workforce) {
        return new FigureScope(null, null, null, workforce);
    }

    /** Whether hours are recorded at this level: everywhere but in an area. */
    public boolean hasHours() {
        return areaId == null;
    }
}
