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
 * @param tokenRecheckAfter how long a node acts on an API token it signed in before reading it again: the longest
 *     a token revoked, or a change to its account or person, takes to apply on another node (on the node where it is
 *     made, it applies at once); 0 reads it on every request
 */
@ConfigurationProperties("tandem.identity")
public record IdentityProperties(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("10") int minPasswordLength,
        String initialAdminPassword,
        @DefaultValue("5s") Duration tokenRecheckAfter) {}
