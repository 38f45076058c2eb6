package dev.tandem.equipment;

/** How a state change reached Tandem. */
public enum StateChangeSource {
    /** Typed in on a page. */
    FORM,
    /** Sent to the API by a client: a dispatch system, MES, a script. */
    API,
    /** Uploaded in a CSV or Excel file. */
    FILE,
    /** Derived from control-system signals. */
    SIGNAL
}
