package dev.tandem.history;

import dev.tandem.shared.Viewer;

/**
 * Who may read a record of one kind: the rule a module's own reads apply. An idempotent create that finds the id
 * stored already shows the stored record only to a viewer who may read it.
 */
@FunctionalInterface
public interface ReadRule<T> {

    boolean canRead(Viewer viewer, T record);

    /** Records every signed-in user reads, such as the sites and areas of the plant. */
    static <T> ReadRule<T> everyone() {
        return (viewer, record) -> true;
    }
}
