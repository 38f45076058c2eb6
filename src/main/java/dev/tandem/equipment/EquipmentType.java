package dev.tandem.equipment;

/** What kind of machine a piece of equipment is; detectors and reports group by it. */
public enum EquipmentType {
    PUMP,
    CONVEYOR,
    COMPRESSOR,
    FAN,
    CRANE,
    FURNACE,
    MILL,
    VEHICLE,
    ELECTRICAL,
    OTHER
}
