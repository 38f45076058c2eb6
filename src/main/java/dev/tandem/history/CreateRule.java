package dev.tandem.history;

import dev.tandem.shared.Viewer;

/**
 * Who may create a record like a given one: the check a module makes of a new record, applied by an idempotent create
 * to the record it finds stored under the id, so that a replayed create answers as a new one would. It throws the
 * module's own refusal (forbidden for a wrong role or site, not found for what the viewer may not know of).
 */
@FunctionalInterface
public interface CreateRule<T> {

    void require(Viewer viewer, T record);

    /**
     * For a module that checked its whole rule before the create, on the viewer alone or on what the id itself names
     * (a site's one committee): a replayed create has passed the same check as a new one.
     */
    static <T> CreateRule<T> checkedBefore() {
        return (viewer, record) -> {};
    }
}
