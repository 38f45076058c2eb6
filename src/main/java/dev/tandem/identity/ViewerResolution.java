package dev.tandem.identity;

import dev.tandem.identity.signin.SignedIn;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.PageModelAttribute;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Hands the current {@link Viewer} to any controller method that declares one, and to every page as the model
 * attribute {@code viewer} (for the navigation by role).
 */
@Component
class ViewerResolution implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    static Optional<Viewer> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedIn signedIn) {
            return Optional.of(signedIn.viewer());
        }
        return Optional.empty();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PageModelAttribute("viewer") {
            @Override
            protected Viewer value(HttpServletRequest request) {
                return current().orElse(null);
            }
        });
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Viewer.class;
    }

    @Override
    public Viewer resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        return current().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
    }
}
