package dev.tandem.equipment.access;

import static dev.tandem.shared.Role.ADMIN;
import static dev.tandem.shared.Role.HSE_SPECIALIST;
import static dev.tandem.shared.Role.LINE_MANAGER;
import static dev.tandem.shared.Role.WORKER;

import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;

/**
 * Who does what with equipment. Everyone signed in reads the registry, the dispatch data and the downtimes, a
 * contractor's people too: machines are the plant's, not any contractor's, and people who work on them need to
 * know what runs. The owner company keeps them: administrators, the safety department and line managers keep the
 * registry; they and the owner's workers (shift operators) record state changes. Contractors change nothing.
 */
public final class EquipmentAccess {

    static final Role[] KEEPERS = {ADMIN, HSE_SPECIALIST, LINE_MANAGER};
    static final Role[] RECORDERS = {ADMIN, HSE_SPECIALIST, LINE_MANAGER, WORKER};

    private EquipmentAccess() {}

    /** Registering, changing and voiding equipment. */
    public static boolean canKeep(Viewer viewer) {
        return viewer.hasOwnerRole(KEEPERS);
    }

    /** Recording and voiding state changes (by hand, through the API, in a file). */
    public static boolean canRecord(Viewer viewer) {
        return viewer.hasOwnerRole(RECORDERS);
    }

    public static void requireKeeper(Viewer viewer) {
        viewer.requireOwnerRole(KEEPERS);
    }

    public static void requireRecorder(Viewer viewer) {
        viewer.requireOwnerRole(RECORDERS);
    }
}
