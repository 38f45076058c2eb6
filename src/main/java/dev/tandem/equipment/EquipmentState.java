package dev.tandem.equipment;

/** What a machine is doing, as dispatch data records it. */
public enum EquipmentState {
    /** Working: the time MTBF is measured in. */
    RUNNING,
    /** Able to run but not running (no material, no orders, waiting); a reason may say why. */
    IDLE,
    /** Not able to run; a reason says why, and whether the stop was planned. */
    DOWN
}
