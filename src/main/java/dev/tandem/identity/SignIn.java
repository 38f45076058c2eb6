package dev.tandem.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Signing in with a username and password: loads the account, counts failures and locks an account for a while
 * after too many in a row, so passwords cannot be guessed at speed.
 */
@Component
class SignIn extends SavedRequestAwareAuthenticationSuccessHandler
        implements UserDetailsService, AuthenticationFailureHandler {

    private final UserAccounts accounts;
    private final Viewers viewers;
    private final JdbcClient jdbc;
    private final IdentityProperties properties;
    private final Clock clock;

    SignIn(UserAccounts accounts, Viewers viewers, JdbcClient jdbc, IdentityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.viewers = viewers;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        setDefaultTargetUrl("/");
    }

    @Override
    public SignedIn loadUserByUsername(String username) {
        var account = accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("no account"));
        var viewer = viewers.of(account).orElseThrow(() -> new UsernameNotFoundException("person voided"));
        return new SignedIn(viewer, account.passwordHash(), account.enabled(), account.lockedAt(Instant.now(clock)));
    }

    /**
     * The principal of an account as it is now; empty once it is disabled or its person voided. A lockout only
     * stops new password sign-ins: otherwise anyone knowing a username could throw its owner out.
     */
    Optional<SignedIn> current(UUID accountId) {
        return accounts.findById(accountId).filter(UserAccount::enabled).flatMap(account -> viewers.of(account)
                .map(viewer -> new SignedIn(viewer, null, true, false)));
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (exception instanceof LockedException) {
            response.sendRedirect(request.getContextPath() + "/login?locked");
            return;
        }
        var username = request.getParameter("username");
        if (username != null) {
            recordFailure(username);
        }
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        jdbc.sql("update user_account set failed_logins = 0, locked_until = null where lower(username) = lower(:u)")
                .param("u", authentication.getName())
                .update();
        super.onAuthenticationSuccess(request, response, authentication);
    }

    private void recordFailure(String username) {
        var now = Instant.now(clock);
        jdbc.sql(
                        """
                        update user_account set
                            locked_until = case when failed_logins + 1 >= :max then :until else locked_until end,
                            failed_logins = case when failed_logins + 1 >= :max then 0 else failed_logins + 1 end
                        where lower(username) = lower(:u)""")
                .param("max", properties.maxFailedLogins())
                .param("until", Timestamp.from(now.plus(properties.lockout())))
                .param("u", username)
                .update();
    }
}
