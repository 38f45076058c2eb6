package dev.tandem.shared.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads a {@link QueryFilter} record from the query string: each component from the parameter of its name, converted
 * by the application's conversion service (so dates keep their rules), into the record's canonical constructor, which
 * is looked up once a type. Spring's data binding, which did the same, made a data binder a request, bound the record
 * twice (through its constructor, then through its properties, with every request header as a candidate value) and
 * put it in a model no API answer renders: 13 % of a list request's CPU by JFR, for a dozen parameters.
 */
final class QueryFilters implements HandlerMethodArgumentResolver {

    private static final TypeDescriptor TEXT = TypeDescriptor.valueOf(String.class);
    private static final TypeDescriptor TEXTS = TypeDescriptor.valueOf(String[].class);

    private final Supplier<ConversionService> conversions;
    private final MessageSource messages;
    private final Map<Class<?>, Reading> readings = new ConcurrentHashMap<>();

    QueryFilters(Supplier<ConversionService> conversions, MessageSource messages) {
        this.conversions = conversions;
        this.messages = messages;
    }

    /** A record's canonical constructor with its components' names and types. */
    private record Reading(Constructor<?> constructor, String[] names, TypeDescriptor[] types) {

        static Reading of(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalStateException(type.getName() + " is read from a query string and must be a record");
            }
            var components = type.getRecordComponents();
            var classes =
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                var constructor = type.getDeclaredConstructor(classes);
                constructor.setAccessible(true);
                var names = new String[components.length];
                var types = new TypeDescriptor[components.length];
                for (int i = 0; i < components.length; i++) {
                    if (components[i].getType().isPrimitive()) {
                        throw new IllegalStateException(type.getName() + "." + components[i].getName()
                                + ": a filter's parameters are optional, so no primitive");
                    }
                    names[i] = components[i].getName();
                    types[i] = new TypeDescriptor(MethodParameter.forExecutable(constructor, i));
                }
                return new Reading(constructor, names, types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(QueryFilter.class);
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory)
            throws Exception {
        var reading = readings.computeIfAbsent(parameter.getParameterType(), Reading::of);
        var conversion = conversions.get();
        var values = new Object[reading.names().length];
        List<FieldError> unreadable = null;
        for (int i = 0; i < values.length; i++) {
            var given = request.getParameterValues(reading.names()[i]);
            if (given == null) {
                continue;
            }
            try {
                values[i] = given.length == 1
                        ? conversion.convert(given[0], TEXT, reading.types()[i])
                        : conversion.convert(given, TEXTS, reading.types()[i]);
            } catch (ConversionException | IllegalArgumentException e) {
                if (unreadable == null) {
                    unreadable = new ArrayList<>();
                }
                unreadable.add(unreadable(parameter, reading.names()[i], given));
            }
        }
        if (unreadable != null) {
            var result = new MapBindingResult(new HashMap<>(), parameter.getParameterName());
            unreadable.forEach(result::addError);
            throw new MethodArgumentNotValidException(parameter, result);
        }
        try {
            return reading.constructor().newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException rule) {
                throw rule;
            }
            throw e;
        }
    }

    private FieldError unreadable(MethodParameter parameter, String name, String[] given) {
        var message = messages.getMessage(
                "rule.fieldUnreadable", new Object[] {name}, "rule.fieldUnreadable", LocaleContextHolder.getLocale());
        return new FieldError(
                parameter.getParameterName(),
                name,
                String.join(",", given),
                true,
                new String[] {"typeMismatch"},
                null,
                message);
    }
}
