package dev.tandem.action;

import dev.tandem.shared.Viewer;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the records of one source type that actions are raised from. The action module brings the one for safety
 * events; a module that raises actions from its own records (audits, meetings, risks...) contributes a bean for its
 * type, and until it does, actions cannot name such a source.
 */
public interface SourceLookup {

    SourceType type();

    /** The source as the viewer may read it; empty when there is none, it is voided, or the viewer may not see it. */
    Optional<ActionSource> find(UUID sourceId, Viewer viewer);
}
