package dev.tandem.organisation;

import java.util.Optional;
import java.util.UUID;

/**
 * What a module keeps that still depends on a site, an area, an organisation or a person of the plant. Voiding such
 * a record is refused while anything active depends on it (equipment in an area would lose its early warnings, open
 * actions their owner), so each module that refers to these records says what of its own still does.
 */
public interface Dependents {

    /** The kinds of records others depend on. */
    enum Of {
        SITE,
        AREA,
        ORGANISATION,
        PERSON
    }

    /** What of this module still depends on the record, if anything. */
    Optional<StillInUse> on(Of kind, UUID id);
}
