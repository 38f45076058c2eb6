package dev.tandem.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.TandemIntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.core.TypeInformation;
import org.springframework.data.mapping.Parameter;
import org.springframework.data.mapping.model.EntityInstantiators;
import org.springframework.data.mapping.model.ParameterValueProvider;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.util.ClassUtils;

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
        var aggregates = recordedAggregates();
        assertThat(aggregates).extracting(Class::getSimpleName).contains("SafetyEvent", "CorrectiveAction");

        var missing = new ArrayList<String>();
        for (var type : aggregates) {
            var entity = mapping.getRequiredPersistentEntity(type);
            var snapshot = ((Recorded) sample(entity)).snapshot().keySet();
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
     * A plain or embedded field by its name; a referenced entity by each of its fields ({@code injuries[1].daysAway}
     * for a list), unless it has one field only and is shown whole under its own name ({@code roles}).
     */
    private List<String> expectedKeys(RelationalPersistentProperty property, Set<String> snapshot) {
        if (!property.isEntity() || property.isEmbedded()) {
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

    private static List<Class<?>> recordedAggregates() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Recorded.class));
        return scanner.findCandidateComponents("dev.tandem").stream()
                .<Class<?>>map(candidate -> ClassUtils.resolveClassName(
                        candidate.getBeanClassName(), HistorySnapshotCoverageTests.class.getClassLoader()))
                .toList();
    }

    /** An instance made through the aggregate's persistence constructor, every value present, every list of one. */
    private Object sample(RelationalPersistentEntity<?> entity) {
        return new EntityInstantiators()
                .getInstantiatorFor(entity)
                .createInstance(entity, new ParameterValueProvider<RelationalPersistentProperty>() {
                    @Override
                    @SuppressWarnings("unchecked")
                    public <T> T getParameterValue(Parameter<T, RelationalPersistentProperty> parameter) {
                        return (T) sample(parameter.getType());
                    }
                });
    }

    private Object sample(TypeInformation<?> type) {
        var raw = type.getType();
        if (type.isCollectionLike()) {
            var item = sample(type.getRequiredComponentType());
            return Set.class.isAssignableFrom(raw) ? new HashSet<>(Set.of(item)) : new ArrayList<>(List.of(item));
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (raw == String.class) {
            return "sample";
        }
        if (raw == UUID.class) {
            return UUID.randomUUID();
        }
        if (raw == Instant.class) {
            return Instant.parse("2026-01-09T08:00:00Z");
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(2026, 1, 1);
        }
        if (raw == BigDecimal.class) {
            return BigDecimal.ONE;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        if (raw == int.class || raw == Integer.class) {
            return 1;
        }
        if (raw == long.class || raw == Long.class) {
            return 1L;
        }
        if (raw == double.class || raw == Double.class) {
            return 1.0;
        }
        return sample(mapping.getRequiredPersistentEntity(raw));
    }
}
