package dev.tandem.identity.signin;

import dev.tandem.identity.accounts.UserAccount;
import dev.tandem.identity.accounts.UserAccounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Signing in with a username and password: counts the attempt before the password is compared and locks an account
 * for a while after too many failures in a row (see {@link SignInAttempts}), so passwords cannot be guessed at speed.
 * An unknown username, a wrong password and a locked account get the same answer, so the page tells nobody which
 * usernames exist.
 */
@Component
public class SignIn extends SavedRequestAwareAuthenticationSuccessHandler
        implements UserDetailsService, AuthenticationFailureHandler {

    /** The enabled account's viewer, which every page request reads: written once, not formatted each time. */
    private static final String CURRENT = "select %s from user_account a %s where a.id = :id and a.enabled"
            .formatted(Viewers.COLUMNS, Viewers.MEMBERSHIP);

    private final UserAccounts accounts;
    private final Viewers viewers;
    private final JdbcClient jdbc;
    private final SignInAttempts attempts;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final LocaleResolver locales;

    /** Compared with the password of a refused attempt, so a locked account answers no faster than any other. */
    private final String unmatchable;

    SignIn(
            UserAccounts accounts,
            Viewers viewers,
            JdbcClient jdbc,
            SignInAttempts attempts,
            PasswordEncoder passwords,
            Clock clock,
            LocaleResolver locales) {
        this.accounts = accounts;
        this.viewers = viewers;
        this.jdbc = jdbc;
        this.attempts = attempts;
        this.passwords = passwords;
        this.clock = clock;
        this.locales = locales;
        this.unmatchable = passwords.encode(UUID.randomUUID().toString());
        setDefaultTargetUrl("/");
    }

    /**
     * The account a password sign-in is for, after its attempt was counted: an attempt not admitted (the account is
     * locked) is refused before its password is compared; the one admitted attempt that locks it is still compared.
     */
    public UserDetails attempt(String username) {
        var admitted = attempts.admit(username);
        var account = loadUserByUsername(username);
        return new SignedIn(
                account.viewer(), account.getPassword(), account.isEnabled(), !admitted, account.mustChangePassword());
    }

    @Override
    public SignedIn loadUserByUsername(String username) {
        var account = accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("no account"));
        var viewer = viewers.of(account.id(), account.username(), account.personId(), account.roles())
                .orElseThrow(() -> new UsernameNotFoundException("person voided"));
        return new SignedIn(
                viewer,
                account.passwordHash(),
                account.enabled(),
                account.lockedAt(Instant.now(clock)),
                account.mustChangePassword());
    }

    /**
     * The principal of an account as it is now; empty once it is disabled or its person voided. A lockout only
     * stops new password sign-ins: otherwise anyone knowing a username could throw its owner out.
     */
    public Optional<SignedIn> current(UUID accountId) {
        return current(CURRENT, Map.of("id", accountId));
    }

    /**
     * The principal of the enabled account that {@code sql} selects with its viewer ({@link Viewers#COLUMNS}), if any:
     * every request asks, so the account, its roles, person and organisation are read in one statement.
     */
    Optional<SignedIn> current(String sql, Map<String, ?> params) {
        return jdbc.sql(sql)
                .params(params)
                .query((row, number) ->
                        new SignedIn(Viewers.viewer(row), null, true, false, row.getBoolean("must_change_password")))
                .optional();
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (exception instanceof LockedException) {
            var password = request.getParameter("password");
            passwords.matches(password == null ? "" : password, unmatchable);
        }
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        attempts.succeeded(authentication.getName());
        if (authentication.getPrincipal() instanceof SignedIn signedIn) {
            accounts.findById(signedIn.viewer().userId())
                    .flatMap(UserAccount::language)
                    .ifPresent(language -> locales.setLocale(request, response, language));
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
