package dev.tandem.signal.ingest;

import java.util.UUID;

/** The equipment a stream watches, as its warnings need it. */
record EquipmentInfo(UUID id, UUID siteId, UUID areaId, String code, String name) {}
