package dev.tandem.shared.web;

import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document as a client needs it: the resolved {@link Viewer} is no parameter, {@link Paging} and the
 * list filters are their optional query parameters (see {@code springdoc.default-flat-param-object}), every error
 * an operation can answer is described with the problem schema, and every optional property may be null.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String PROBLEM = "Problem";

    static {
        SpringDocUtils.getConfig()
                .addRequestWrapperToIgnore(Viewer.class)
                .replaceParameterObjectWithClass(Paging.class, PagingParameters.class);
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getComponents().getSchemas().values().forEach(ApiDescription::markOptionalNullable);
            api.getPaths().values().forEach(path -> path.readOperationsMap()
                    .forEach((method, operation) -> describeErrors(method.name(), operation)));
        };
    }

    private static void describeErrors(String method, Operation operation) {
        var errors = new LinkedHashMap<String, String>();
        errors.put("400", "The request is not valid; rejected fields are listed under errors");
        errors.put("401", "No valid API token");
        errors.put("403", "The role does not allow this");
        errors.put("404", "No such record, or not in the caller's scope");
        if (!method.equals("GET")) {
            errors.put("409", "A conflicting record exists, or the record changed meanwhile");
        }
        if (operation.getRequestBody() != null) {
            errors.put("413", "The request body is too large");
            errors.put("415", "The request body is not of a type this operation reads");
        }
        if (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()))) {
            errors.put("412", "The record changed since the version in If-Match");
        }
        errors.put("500", "An unexpected error, logged on the server");
        errors.forEach((status, description) -> {
            if (!operation.getResponses().containsKey(status)) {
                operation.getResponses().addApiResponse(status, problem(description));
            }
        });
    }

    private static ApiResponse problem(String description) {
        var schema = new Schema<>().$ref("#/components/schemas/" + PROBLEM);
        return new ApiResponse()
                .description(description)
                .content(new Content().addMediaType("application/problem+json", new MediaType().schema(schema)));
    }

    /** RFC 9457 problem details as {@code ApiErrors} writes them. */
    private static Schema<?> problemSchema() {
        var field =
                new ObjectSchema().addProperty("field", new StringSchema()).addProperty("message", new StringSchema());
        return new ObjectSchema()
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("errors", new ArraySchema().items(field))
                .required(java.util.List.of("status", "title"));
    }

    /** A property a schema does not require may come as null (Java leaves it so), and says so. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void markOptionalNullable(Schema<?> schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        var required = schema.getRequired() == null ? Set.<String>of() : Set.copyOf(schema.getRequired());
        properties.forEach((name, property) -> {
            if (!required.contains(name)) {
                property.setNullable(true);
                if (property.getTypes() != null && !property.getTypes().contains("null")) {
                    var types = new java.util.LinkedHashSet<String>(property.getTypes());
                    types.add("null");
                    property.setTypes(types);
                }
            }
        });
    }
}
