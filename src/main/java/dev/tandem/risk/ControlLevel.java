package dev.tandem.risk;

/** The hierarchy of controls, most effective first. */
public enum ControlLevel {
    ELIMINATION,
    SUBSTITUTION,
    ENGINEERING,
    ADMINISTRATIVE,
    PPE
}
