package dev.tandem.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Query and form parameters are checked once, before any code reads them: a parameter without a name or with a
 * control character in its name, or a value with a NUL character, is refused with 400 naming the parameter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestParameterRules extends OncePerRequestFilter {

    private final MessageSource messages;

    RequestParameterRules(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException unparsable) {
            if (RequestBodyLimit.isMultipart(request)) {
                // an upload too large or broken: the multipart reader says which, with 413 or 400
                chain.doFilter(request, response);
            } else {
                // the container could not split the query or form into names and values (such as "?=x")
                refuse(request, response, "rule.parameterName", "");
            }
            return;
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            var name = parameter.getKey();
            if (name.isBlank() || name.chars().anyMatch(Character::isISOControl)) {
                refuse(request, response, "rule.parameterName", printable(name));
                return;
            }
            for (var value : parameter.getValue()) {
                var refusal = StorableValues.refusal(value);
                if (refusal.isPresent()) {
                    refuse(request, response, refusal.get(), name);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String code, String field)
            throws IOException {
        var detail = messages.getMessage(code, new Object[] {field}, code, request.getLocale());
        if (ProblemResponses.isApi(request)) {
            ProblemResponses.write(response, HttpStatus.BAD_REQUEST, detail, field);
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }

    private static String printable(String name) {
        var shown = new StringBuilder();
        name.chars().forEach(c -> shown.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : (char) c));
        return shown.toString();
    }
}
