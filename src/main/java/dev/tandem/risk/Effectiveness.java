package dev.tandem.risk;

/** What the latest verification of a control found; UNVERIFIED until the first one. */
public enum Effectiveness {
    UNVERIFIED,
    EFFECTIVE,
    NOT_EFFECTIVE
}
