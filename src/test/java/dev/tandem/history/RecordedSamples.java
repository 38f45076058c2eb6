package dev.tandem.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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

/** Every recorded aggregate, and a sample of each with every value present, as Spring Data JDBC maps them. */
record RecordedSamples(RelationalMappingContext mapping) {

    /** A sample of the aggregate, made through its persistence constructor: every value present, every list of one. */
    Recorded of(Class<?> type) {
        return (Recorded) sample(mapping.getRequiredPersistentEntity(type));
    }

    static List<Class<?>> recordedAggregates() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Recorded.class));
        return scanner.findCandidateComponents("dev.tandem").stream()
                .<Class<?>>map(candidate -> ClassUtils.resolveClassName(
                        candidate.getBeanClassName(), RecordedSamples.class.getClassLoader()))
                .toList();
    }

    /**
     * An instance made through the aggregate's persistence constructor, every value present, every list of one; the
     * plain values the constructor leaves out are set on their fields, as Spring Data JDBC sets them when it reads.
     */
    private Object sample(RelationalPersistentEntity<?> entity) {
        var instance = new EntityInstantiators()
                .getInstantiatorFor(entity)
                .createInstance(entity, new ParameterValueProvider<RelationalPersistentProperty>() {
                    @Override
                    @SuppressWarnings("unchecked")
                    public <T> T getParameterValue(Parameter<T, RelationalPersistentProperty> parameter) {
                        return (T) sample(parameter.getType());
                    }
                });
        var accessor = entity.getPropertyAccessor(instance);
        for (var property : entity) {
            boolean plain = !property.isIdProperty()
                    && !property.isVersionProperty()
                    && !property.isEntity()
                    && !property.isImmutable();
            if (plain && accessor.getProperty(property) == null) {
                accessor.setProperty(property, sample(property.getTypeInformation()));
            }
        }
        return accessor.getBean();
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
