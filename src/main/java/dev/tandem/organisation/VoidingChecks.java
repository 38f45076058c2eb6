package dev.tandem.organisation;

import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Asks every module what still depends on a record before it is voided, and refuses with the first answer. */
@Component
class VoidingChecks {

    private final ObjectProvider<Dependents> dependents;

    VoidingChecks(ObjectProvider<Dependents> dependents) {
        this.dependents = dependents;
    }

    void requireUnused(Dependents.Of kind, UUID id) {
        dependents
                .orderedStream()
                .map(module -> module.on(kind, id))
                .flatMap(Optional::stream)
                .findFirst()
                .ifPresent(stillInUse -> {
                    throw stillInUse.refusal();
                });
    }
}
