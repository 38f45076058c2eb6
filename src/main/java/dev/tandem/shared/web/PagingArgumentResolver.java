package dev.tandem.shared.web;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Paging;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Reads {@code page}, {@code size} and {@code sort} from the query string into a {@link Paging}. */
class PagingArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Paging.class;
    }

    @Override
    public Paging resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        return Paging.requested(
                number(request, "page", 0), number(request, "size", Paging.DEFAULT_SIZE), request.getParameter("sort"));
    }

    private static int number(NativeWebRequest request, String name, int fallback) {
        var value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, "rule.wholeNumber", name);
        }
    }
}
