package dev.tandem.event;

import java.util.UUID;

/** Where an event happened: a site, and the area within it when known. */
record Place(UUID siteId, UUID areaId) {}
