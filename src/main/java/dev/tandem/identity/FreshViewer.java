package dev.tandem.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session remembers who signed in, not what they may do: every request rebuilds the viewer from the account as
 * it is now, so new roles, a disabled account or a voided person take effect at once. A session whose account may
 * no longer sign in is ended.
 */
class FreshViewer extends OncePerRequestFilter {

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
        }
        chain.doFilter(request, response);
    }
}
