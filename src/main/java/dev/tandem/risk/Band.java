package dev.tandem.risk;

/** The bands of a risk matrix, lowest first: each cell of a matrix lies in one of them. */
public enum Band {
    LOW,
    MEDIUM,
    HIGH,
    EXTREME
}
