package dev.tandem.identity.signin;

import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.RecordRows;
import dev.tandem.shared.Secrets;
import dev.tandem.shared.Viewer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: shown once when created, stored only as a SHA-256 hash (a token carries 256 random bits,
 * so a slow hash adds nothing), and revocable. A token acts with its owner's current roles and scope.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "tdm_";

    /**
     * The token found, its use noted at most once a minute (so that busy clients do not write on every call), and its
     * account read with its viewer: written once, not formatted on every request.
     */
    private static final String SIGN_IN =
            """
            with token as (
                select id, user_account, last_used_at from api_token
                where token_hash = :hash and revoked_at is null),
            noted as (
                update api_token set last_used_at = :now from token
                where api_token.id = token.id
                  and (token.last_used_at is null or token.last_used_at < :minuteAgo))
            select %s
            from token join user_account a on a.id = token.user_account %s
            where a.enabled"""
                    .formatted(Viewers.COLUMNS, Viewers.MEMBERSHIP);

    private final JdbcClient jdbc;
    private final SignIn signIn;
    private final RecentTokens recent;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, SignIn signIn, RecentTokens recent, Clock clock) {
        this.jdbc = jdbc;
        this.signIn = signIn;
        this.recent = recent;
        this.clock = clock;
    }

    /** A token as its owner sees it in the list; the secret itself is never shown again. */
    public record TokenRow(
            UUID id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {}

    /** A newly created token with its secret, shown once. */
    public record IssuedToken(UUID id, String name, String token) {}

    @Transactional
    public IssuedToken issue(String name, Viewer viewer) {
        var token = Secrets.generate(PREFIX);
        var id = UUID.randomUUID();
        jdbc.sql(
                        """
                        insert into api_token (id, user_account, name, token_hash, prefix, created_at)
                        values (:id, :user, :name, :hash, :prefix, :at)""")
                .param("id", id)
                .param("user", viewer.userId())
                .param("name", name.trim())
                .param("hash", Secrets.hash(token))
                .param("prefix", token.substring(0, PREFIX.length() + 6))
                .param("at", Timestamp.from(Instant.now(clock)))
                .update();
        return new IssuedToken(id, name.trim(), token);
    }

    @Transactional(readOnly = true)
    public List<TokenRow> of(Viewer viewer) {
        return jdbc.sql(
                        """
                        select id, name, prefix, created_at, last_used_at, revoked_at from api_token
                        where user_account = :user order by revoked_at nulls first, created_at desc""")
                .param("user", viewer.userId())
                .query(RecordRows.of(TokenRow.class))
                .list();
    }

    @Transactional
    public void revoke(UUID id, Viewer viewer) {
        var revoked = jdbc.sql(
                        """
                        update api_token set revoked_at = coalesce(revoked_at, :at)
                        where id = :id and user_account = :user""")
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("id", id)
                .param("user", viewer.userId())
                .update();
        if (revoked == 0) {
            throw new NotFoundException("Token", id);
        }
        recent.revoked(viewer);
    }

    /**
     * The signed-in principal for a token, if it is valid, not revoked and its account may sign in. Every API request
     * asks; a token signed in within the last seconds is answered from {@link RecentTokens}, else the token is found,
     * its use noted and its account read with its roles, person and organisation in one statement, outside a
     * transaction and without passing through one's interceptor (5-6 % of a request's CPU by JFR, with the read of
     * the request's own SUPPORTS methods).
     */
    public Optional<SignedIn> authenticate(String token) {
        if (!token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        var hash = Secrets.hash(token);
        return recent.signIn(hash, () -> {
            var now = Instant.now(clock);
            return signIn.current(
                    SIGN_IN,
                    Map.of(
                            "hash", hash,
                            "now", Timestamp.from(now),
                            "minuteAgo", Timestamp.from(now.minusSeconds(60))));
        });
    }
}
