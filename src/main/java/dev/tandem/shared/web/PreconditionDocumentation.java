package dev.tandem.shared.web;

import dev.tandem.shared.Precondition;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/** The OpenAPI description shows a {@link Precondition} as what a client sends: the {@code If-Match} header. */
@Configuration(proxyBeanMethods = false)
class PreconditionDocumentation {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Precondition.class);
    }

    @Bean
    OperationCustomizer ifMatchHeader() {
        return (operation, handler) -> {
            for (var parameter : handler.getMethodParameters()) {
                if (parameter.getParameterType() == Precondition.class) {
                    operation.addParametersItem(new HeaderParameter()
                            .name(HttpHeaders.IF_MATCH)
                            .required(!parameter.hasParameterAnnotation(OptionalPrecondition.class))
                            .description("The ETag of the record as last read; a change made meanwhile answers 412")
                            .schema(new StringSchema()));
                }
            }
            return operation;
        };
    }
}
