package dev.tandem.kpi.figures;

/** Whose people the figures count, as IOGP splits them: everyone, the owner company's own staff, or contractors. */
public enum Workforce {
    ALL,
    OWN_STAFF,
    CONTRACTORS
}
