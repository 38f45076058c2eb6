package dev.tandem.shared.web;

import com.fasterxml.jackson.annotation.JsonView;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.util.StreamUtils;
import org.springframework.util.TypeUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.ser.FilterProvider;

/**
 * The JSON of every answer, as the framework's converter writes it, with each type's writer made once: the framework
 * resolved the answer's declared type into Jackson's, made a writer and (for a list) found its serializer again for
 * every answer. An answer the framework writes in a way of its own (a JSON view or filter, server-sent events, a type
 * with a mapper of its own such as the actuator's) is left to it.
 */
final class JsonWriters extends JacksonJsonHttpMessageConverter {

    private static final String VIEW = JsonView.class.getName();
    private static final String FILTERS = FilterProvider.class.getName();

    /** The writer of an answer written as what it is (the framework's, for everything but a list or an optional). */
    private final ObjectWriter plain;

    /** By an answer's declared type: a list's or an optional's writer for that type, else the plain one. */
    private final Map<Type, ObjectWriter> declared = new ConcurrentHashMap<>();

    JsonWriters(JsonMapper mapper) {
        super(mapper);
        this.plain = mapper.writer();
    }

    @Override
    protected void writeInternal(Object value, ResolvableType type, HttpOutputMessage output, Map<String, Object> hints)
            throws IOException {
        var contentType = output.getHeaders().getContentType();
        if (!asDeclared(value, contentType, hints)) {
            super.writeInternal(value, type, output, hints);
            return;
        }
        var writer = writer(value, type);
        try (var generator =
                writer.createGenerator(StreamUtils.nonClosing(output.getBody()), getJsonEncoding(contentType))) {
            writePrefix(generator, value);
            writer.writeValue(generator, value);
            writeSuffix(generator, value);
            generator.flush();
        } catch (InvalidDefinitionException failure) {
            throw new HttpMessageConversionException("Type definition error: " + failure.getType(), failure);
        } catch (JacksonException failure) {
            throw new HttpMessageNotWritableException("Could not write JSON: " + failure.getOriginalMessage(), failure);
        }
    }

    private boolean asDeclared(Object value, MediaType contentType, Map<String, Object> hints) {
        return (hints == null || (!hints.containsKey(VIEW) && !hints.containsKey(FILTERS)))
                && (contentType == null || !contentType.isCompatibleWith(MediaType.TEXT_EVENT_STREAM))
                && getMappersForType(value.getClass()).isEmpty();
    }

    /** The writer the framework would make for this answer, made once for its declared type. */
    private ObjectWriter writer(Object value, ResolvableType type) {
        var written = type != null ? type.getType() : null;
        if (written == null || !TypeUtils.isAssignable(written, value.getClass())) {
            return plain;
        }
        return declared.computeIfAbsent(written, key -> {
            var javaType = getJavaType(key, null);
            return javaType.isContainerType() || javaType.isTypeOrSubTypeOf(Optional.class)
                    ? plain.forType(javaType)
                    : plain;
        });
    }
}
