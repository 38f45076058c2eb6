package dev.tandem.notification.delivery;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Role;
import dev.tandem.shared.Secrets;
import dev.tandem.shared.Viewer;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where webhooks go, kept by the plant's administrators: a URL per channel and the kinds it receives. Its signing
 * secret is made by Tandem, shown once (when the channel is made and when a new one is asked for) and kept sealed.
 */
@Service
@Transactional
public class Webhooks {

    static final String SECRET_PREFIX = "whsec_";
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_.-]{0,99}");
    private static final int MOST_KINDS = 100;

    private final JdbcClient jdbc;
    private final SealedSecrets secrets;
    private final Clock clock;

    Webhooks(JdbcClient jdbc, SealedSecrets secrets, Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** A webhook channel as administrators see it; its secret is never shown again. */
    public record Webhook(
            UUID id,
            String name,
            String url,
            List<String> kinds,
            boolean enabled,
            Instant createdAt,
            Instant changedAt) {

        /** Whether this channel receives notifications of the kind: all kinds when none are listed. */
        boolean receives(String kind) {
            return enabled && (kinds.isEmpty() || kinds.contains(kind));
        }
    }

    /** A channel with its signing secret, shown once. */
    public record IssuedWebhook(Webhook webhook, String secret) {}

    /** What an administrator sets: a name, the URL, the kinds it receives (none: all), whether it is on. */
    public record WebhookSettings(String name, String url, List<String> kinds, boolean enabled) {}

    public IssuedWebhook create(WebhookSettings settings, Viewer viewer) {
        viewer.requireOwnerRole(Role.ADMIN);
        var checked = checked(settings);
        var id = UUID.randomUUID();
        var secret = Secrets.generate(SECRET_PREFIX);
        var now = Timestamp.from(Instant.now(clock));
        jdbc.sql(
                        """
                        insert into webhook_channel (id, name, url, secret_sealed, kinds, enabled, created_at, changed_at)
                        values (:id, :name, :url, :secret, :kinds, :enabled, :now, :now)""")
                .param("id", id)
                .param("name", checked.name())
                .param("url", checked.url())
                .param("secret", secrets.seal(secret))
                .param("kinds", checked.kinds().toArray(String[]::new))
                .param("enabled", checked.enabled())
                .param("now", now)
                .update();
        return new IssuedWebhook(find(id).orElseThrow(), secret);
    }

    public Webhook change(UUID id, WebhookSettings settings, Viewer viewer) {
        viewer.requireOwnerRole(Role.ADMIN);
        var checked = checked(settings);
        var changed = jdbc.sql(
                        """
                        update webhook_channel set name = :name, url = :url, kinds = :kinds, enabled = :enabled,
                                                   changed_at = :now
                        where id = :id""")
                .param("id", id)
                .param("name", checked.name())
                .param("url", checked.url())
                .param("kinds", checked.kinds().toArray(String[]::new))
                .param("enabled", checked.enabled())
                .param("now", Timestamp.from(Instant.now(clock)))
                .update();
        if (changed == 0) {
            throw new NotFoundException("Webhook", id);
        }
        return find(id).orElseThrow();
    }

    /** A new signing secret, shown once; the old one stops working at once. */
    public IssuedWebhook newSecret(UUID id, Viewer viewer) {
        viewer.requireOwnerRole(Role.ADMIN);
        var secret = Secrets.generate(SECRET_PREFIX);
        var changed = jdbc.sql("update webhook_channel set secret_sealed = :secret, changed_at = :now where id = :id")
                .param("id", id)
                .param("secret", secrets.seal(secret))
                .param("now", Timestamp.from(Instant.now(clock)))
                .update();
        if (changed == 0) {
            throw new NotFoundException("Webhook", id);
        }
        return new IssuedWebhook(find(id).orElseThrow(), secret);
    }

    @Transactional(readOnly = true)
    public List<Webhook> all(Viewer viewer) {
        viewer.requireOwnerRole(Role.ADMIN);
        return jdbc.sql(select() + " order by name, id").query(this::webhook).list();
    }

    @Transactional(readOnly = true)
    public Webhook one(UUID id, Viewer viewer) {
        viewer.requireOwnerRole(Role.ADMIN);
        return find(id).orElseThrow(() -> new NotFoundException("Webhook", id));
    }

    /** The channels that receive a kind, for queueing. */
    @Transactional(readOnly = true)
    List<Webhook> receiving(String kind) {
        return jdbc.sql(select() + " where enabled and (cardinality(kinds) = 0 or :kind = any(kinds)) order by id")
                .param("kind", kind)
                .query(this::webhook)
                .list();
    }

    /** Where a channel posts to and the secret it signs with, while it is on. */
    @Transactional(readOnly = true)
    Optional<Target> target(UUID id) {
        return jdbc.sql("select url, secret_sealed from webhook_channel where id = :id and enabled")
                .param("id", id)
                .query((row, number) -> new Target(row.getString("url"), secrets.open(row.getString("secret_sealed"))))
                .optional();
    }

    record Target(String url, String secret) {}

    private Optional<Webhook> find(UUID id) {
        return jdbc.sql(select() + " where id = :id")
                .param("id", id)
                .query(this::webhook)
                .optional();
    }

    private static String select() {
        return "select id, name, url, kinds, enabled, created_at, changed_at from webhook_channel";
    }

    private Webhook webhook(ResultSet row, int number) throws SQLException {
        return new Webhook(
                row.getObject("id", UUID.class),
                row.getString("name"),
                row.getString("url"),
                strings(row.getArray("kinds")),
                row.getBoolean("enabled"),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("changed_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static WebhookSettings checked(WebhookSettings settings) {
        var name = settings.name() == null ? "" : settings.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new InvalidRequestException("name", "rule.webhookName");
        }
        var url = WebhookUrls.checked(settings.url()).toString();
        var kinds = settings.kinds() == null
                ? List.<String>of()
                : settings.kinds().stream()
                        .map(kind -> kind == null ? "" : kind.strip())
                        .filter(kind -> !kind.isEmpty())
                        .distinct()
                        .sorted()
                        .toList();
        if (kinds.size() > MOST_KINDS
                || !kinds.stream().allMatch(kind -> KIND.matcher(kind).matches())) {
            throw new InvalidRequestException("kinds", "rule.webhookKinds");
        }
        return new WebhookSettings(name, url, kinds, settings.enabled());
    }
}
