package dev.tandem.equipment.dispatch;

import dev.tandem.shared.RowError;
import java.util.List;
import java.util.UUID;

/**
 * What recording a batch or a file of state changes did: all of them, or nothing at all when any one was wrong,
 * with every wrong field.
 *
 * @param ids the id of each change in the order given (a repeated change: the id it is stored under); empty when
 *     rejected
 * @param unchanged changes that were recorded already
 */
public record DispatchReport(int created, int unchanged, List<UUID> ids, List<RowError> errors) {

    public DispatchReport {
        ids = List.copyOf(ids);
        errors = List.copyOf(errors);
    }

    public static DispatchReport rejected(List<RowError> errors) {
        return new DispatchReport(0, 0, List.of(), errors);
    }

    public boolean accepted() {
        return errors.isEmpty();
    }
}
