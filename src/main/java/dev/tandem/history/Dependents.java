package dev.tandem.history;

import java.util.Optional;

/**
 * What a module keeps that still depends on a record of another kind. Voiding a record is refused while anything
 * active depends on it (equipment in an area would lose its early warnings, open actions their owner, a tag its
 * machine), so each module that refers to other records says what of its own still does; {@link AuditedRecords}
 * asks every module before it voids anything.
 */
public interface Dependents {

    /**
     * What of this module still depends on the record, if anything; a module answers for the kinds it refers to (by
     * {@link Recorded#recordType()}) and is empty for the others.
     */
    Optional<StillInUse> on(Recorded record);
}
