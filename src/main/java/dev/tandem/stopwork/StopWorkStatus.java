package dev.tandem.stopwork;

import java.util.Set;

/** Where a stop stands: raised, acknowledged, its cause removed or compensated for, resumed; or judged unnecessary. */
public enum StopWorkStatus {
    RAISED,
    ACKNOWLEDGED,
    RESOLVED,
    COMPENSATED,
    RESUMED,
    JUDGED_UNNECESSARY;

    /** The work is still stopped: nobody has resumed it or judged the stop unnecessary. */
    public static final Set<StopWorkStatus> OPEN = Set.of(RAISED, ACKNOWLEDGED, RESOLVED, COMPENSATED);

    public boolean open() {
        return OPEN.contains(this);
    }
}
