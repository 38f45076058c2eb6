package dev.tandem.identity.signin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules.
 *
 * @param maxFailedLogins failed sign-ins in a row after which an account is locked
 * @param lockout how long a locked account stays locked
 * @param minPasswordLength the shortest password accepted
 * @param initialAdminPassword the password of the first {@code admin} account opened in an empty database; when
 *     unset, a random one is written to the log
 */
@ConfigurationProperties("tandem.identity")
public record IdentityProperties(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("10") int minPasswordLength,
        String initialAdminPassword) {}
