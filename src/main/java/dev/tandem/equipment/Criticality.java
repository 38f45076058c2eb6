package dev.tandem.equipment;

/** How much harm or loss a failure of the equipment can cause; HIGH is the plant's class A. */
public enum Criticality {
    HIGH,
    MEDIUM,
    LOW
}
