package dev.tandem.equipment;

/**
 * Why a machine is down (required) or idle (optional). Planned stops are scheduled in advance and are no failures:
 * MTBF and MTTR count only unplanned downtime.
 */
public enum DowntimeReason {
    MECHANICAL(false),
    ELECTRICAL(false),
    INSTRUMENTATION(false),
    PROCESS(false),
    OPERATOR(false),
    NO_MATERIAL(false),
    UTILITIES(false),
    PLANNED_MAINTENANCE(true),
    CHANGEOVER(true),
    OTHER(false);

    private final boolean planned;

    DowntimeReason(boolean planned) {
        this.planned = planned;
    }

    /** Whether a stop for this reason was scheduled in advance; such stops are not failures. */
    public boolean planned() {
        return planned;
    }
}
