package dev.tandem.identity;

import dev.tandem.identity.signin.SignIn;
import dev.tandem.identity.signin.SignedIn;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A session remembers who signed in, not what they may do: every request rebuilds the viewer from the account as
 * it is now, so new roles, a disabled account or a voided person take effect at once. A session whose account may
 * no longer sign in is ended. Someone signed in with a temporary password (an administrator's reset) reaches only
 * their account page, to replace it, until they have.
 */
class FreshViewer extends OncePerRequestFilter {

    /** Where someone who must replace a temporary password may still go. */
    private static final List<PathPattern> BEFORE_PASSWORD_CHANGE = Stream.concat(
                    Stream.of(SecurityConfiguration.PUBLIC), Stream.of("/account", "/account/password", "/logout"))
            .map(PathPatternParser.defaultInstance::parse)
            .toList();

    private final SignIn signIn;

    FreshViewer(SignIn signIn) {
        this.signIn = signIn;
    }

    /** Error pages show the navigation too, so they get the fresh viewer as well. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedIn signedIn) {
            var fresh = signIn.current(signedIn.viewer().userId());
            var context = SecurityContextHolder.createEmptyContext();
            if (fresh.isPresent()) {
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        fresh.get(), null, fresh.get().getAuthorities()));
            } else {
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
            SecurityContextHolder.setContext(context);
            if (fresh.isPresent() && fresh.get().mustChangePassword() && !allowedBeforePasswordChange(request)) {
                response.sendRedirect(request.getContextPath() + "/account?mustChangePassword");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean allowedBeforePasswordChange(HttpServletRequest request) {
        var path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        return BEFORE_PASSWORD_CHANGE.stream().anyMatch(pattern -> pattern.matches(path));
    }
}
