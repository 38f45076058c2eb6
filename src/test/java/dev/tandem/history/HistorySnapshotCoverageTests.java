package dev.tandem.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.TandemIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;

/**
 * Every persisted field of every recorded aggregate, as Spring Data JDBC maps it, is in the aggregate's history
 * snapshot or marked {@link KeptOutOfHistory} with a reason: a field added later cannot slip out of the history.
 */
@TandemIntegrationTest
class HistorySnapshotCoverageTests {

    @Autowired
    RelationalMappingContext mapping;

    @Test
    void everyPersistedFieldOfARecordedAggregateIsInItsHistoryOrKeptOutWithAReason() {
        var aggregates = RecordedSamples.recordedAggregates();
        assertThat(aggregates).extracting(Class::getSimpleName).contains("SafetyEvent", "CorrectiveAction");

        var missing = new ArrayList<String>();
        for (var type : aggregates) {
            var entity = mapping.getRequiredPersistentEntity(type);
            var snapshot = new RecordedSamples(mapping).of(type).snapshot().keySet();
            for (var property : entity) {
                // the entry names the record by its id, and its entries count the versions
                if (property.isIdProperty() || property.isVersionProperty() || keptOut(property)) {
                    continue;
                }
                for (var key : expectedKeys(property, snapshot)) {
                    if (!snapshot.contains(key)) {
                        missing.add(type.getSimpleName() + "." + key);
                    }
                }
            }
        }
        assertThat(missing)
                .as("persisted fields neither in the history nor kept out of it")
                .isEmpty();
    }

    /**
     * A plain field by its name; an embedded value by each of its fields' names, as its columns are the aggregate's
     * own ({@code contractorSignedBy} of an inspection's signatures); a referenced entity by each of its fields
     * ({@code injuries[1].daysAway} for a list), unless it has one field only and is shown whole under its own name
     * ({@code roles}).
     */
    private List<String> expectedKeys(RelationalPersistentProperty property, Set<String> snapshot) {
        if (property.isEmbedded()) {
            var keys = new ArrayList<String>();
            mapping.getRequiredPersistentEntity(property.getActualType()).forEach(field -> {
                if (!keptOut(field)) {
                    keys.addAll(expectedKeys(field, snapshot));
                }
            });
            return keys;
        }
        if (!property.isEntity()) {
            return List.of(property.getName());
        }
        var item = mapping.getRequiredPersistentEntity(property.getActualType());
        var fields = new ArrayList<RelationalPersistentProperty>();
        item.forEach(field -> {
            if (!keptOut(field)) {
                fields.add(field);
            }
        });
        if (fields.size() == 1 && snapshot.contains(property.getName())) {
            return List.of(property.getName());
        }
        var prefix = property.getName() + (property.isCollectionLike() ? "[1]." : ".");
        return fields.stream().map(field -> prefix + field.getName()).toList();
    }

    private static boolean keptOut(RelationalPersistentProperty property) {
        return property.isAnnotationPresent(KeptOutOfHistory.class);
    }
}
