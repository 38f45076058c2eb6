package dev.tandem.shared.web;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.PreconditionRequiredException;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The versions a change is made on: the API's {@code If-Match} header, which a change requires (428 without it,
 * unless the call is marked {@link OptionalPrecondition}), or a form's hidden {@code version} field.
 */
class PreconditionArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Precondition.class;
    }

    @Override
    public Precondition resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        // the same line as ApiErrors draws: REST controllers answer clients, the others people with forms
        if (AnnotatedElementUtils.hasAnnotation(parameter.getContainingClass(), RestController.class)) {
            return ifMatch(request.getHeader(HttpHeaders.IF_MATCH), parameter);
        }
        return formVersion(request.getParameter("version"));
    }

    private static Precondition ifMatch(String header, MethodParameter parameter) {
        if ((header == null || header.isBlank()) && !parameter.hasParameterAnnotation(OptionalPrecondition.class)) {
            throw new PreconditionRequiredException();
        }
        return Precondition.ifMatch(header);
    }

    private static Precondition formVersion(String version) {
        if (version == null || version.isBlank()) {
            return Precondition.none();
        }
        try {
            return Precondition.version(Long.valueOf(version.trim()));
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("version", "rule.wholeNumber", "version");
        }
    }
}
