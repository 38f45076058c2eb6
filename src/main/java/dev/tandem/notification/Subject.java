package dev.tandem.notification;

import dev.tandem.shared.Viewer;
import java.util.Set;
import java.util.UUID;

/** A record as notifications see it: where it is, whose it is, who may read it, and when it needs no more telling. */
interface Subject {

    RecordLink link();

    UUID siteId();

    /** The area it happened in or belongs to, or {@code null}. */
    UUID areaId();

    /** The organisation responsible for it: its contractor's supervisors hear of it. */
    UUID organisationId();

    /** The person it belongs to (an action's owner), or {@code null}. */
    UUID ownerPersonId();

    /** The people a meeting record lists as its attendees; none for other records. */
    default Set<UUID> attendeePersonIds() {
        return Set.of();
    }

    /** The owning module's read rule: nobody hears of a record they may not read. */
    boolean readableBy(Viewer viewer);

    /** Whether the record's state makes a notification of this kind moot (the action is done, the stop resolved). */
    boolean settledFor(String kind);
}
