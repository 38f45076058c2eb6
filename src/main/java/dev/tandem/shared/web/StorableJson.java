package dev.tandem.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON bodies keep {@link StorableValues}' rule: a text with NUL or a date outside the years 1 to 9999 fails to read
 * with its field's path, which the API answers as a 400 naming the field (see {@code ApiErrors}).
 */
@Component
class StorableJson extends SimpleModule {

    private static final Set<Class<?>> CHECKED = Set.of(
            String.class,
            LocalDate.class,
            LocalDateTime.class,
            OffsetDateTime.class,
            ZonedDateTime.class,
            Instant.class,
            YearMonth.class);

    StorableJson() {
        super("tandem-storable-values");
        setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription.Supplier description, ValueDeserializer<?> deser) {
                return CHECKED.contains(description.getBeanClass()) ? new Checked(deser) : deser;
            }
        });
    }

    /** Reads as the standard deserializer does, then refuses what the rule does not allow. */
    private static final class Checked extends DelegatingDeserializer {

        Checked(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            var value = super.deserialize(parser, context);
            var refusal = StorableValues.refusal(value);
            if (refusal.isPresent()) {
                throw InvalidFormatException.from(parser, refusal.get(), value, handledType());
            }
            return value;
        }
    }
}
