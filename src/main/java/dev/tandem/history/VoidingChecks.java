package dev.tandem.history;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Asks every module what still depends on a record before it is voided, and refuses with the first answer. */
@Component
class VoidingChecks {

    private final ObjectProvider<Dependents> dependents;

    VoidingChecks(ObjectProvider<Dependents> dependents) {
        this.dependents = dependents;
    }

    void requireUnused(Recorded record) {
        dependents
                .orderedStream()
                .map(module -> module.on(record))
                .flatMap(Optional::stream)
                .findFirst()
                .ifPresent(stillInUse -> {
                    throw stillInUse.refusal();
                });
    }
}
