package dev.tandem.action;

/** How urgent an action is. */
public enum ActionPriority {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
