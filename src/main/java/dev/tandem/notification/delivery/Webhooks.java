package dev.tandem.notification.delivery;

import dev.tandem.history.AuditedRecords;
import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.notification.NotificationKinds;
import dev.tandem.notification.delivery.WebhookChannel.CheckedSettings;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Role;
import dev.tandem.shared.Secrets;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where webhooks go, kept by the plant's administrators: a URL per channel and the kinds it receives. Its signing
 * secret is made by Tandem, shown once (when the channel is made and when a new one is asked for) and kept sealed.
 * Every change is made on the version the administrator saw and kept in the history.
 */
@Service
@Transactional
public class Webhooks {

    static final String SECRET_PREFIX = "whsec_";
    private static final int LONGEST_NAME = 100;
    /** How many unknown kinds a refusal names; a longer list says nothing more useful. */
    private static final int UNKNOWN_KINDS_NAMED = 10;

    private final JdbcClient jdbc;
    private final WebhookChannels channels;
    private final AuditedRecords<WebhookChannel> records;
    private final History history;
    private final SealedSecrets secrets;
    private final Clock clock;

    Webhooks(JdbcClient jdbc, WebhookChannels channels, History history, SealedSecrets secrets, Clock clock) {
        this.jdbc = jdbc;
        this.channels = channels;
        this.records = history.auditing(channels, (viewer, channel) -> viewer.hasOwnerRole(Role.ADMIN));
        this.history = history;
        this.secrets = secrets;
        this.clock = clock;
    }

    /**
     * A webhook channel as administrators see it; its secret is never shown again.
     *
     * @param version the version to send back in {@code If-Match}, also the channel's ETag
     */
    public record Webhook(
            UUID id,
            String name,
            String url,
            List<String> kinds,
            boolean enabled,
            Instant secretIssuedAt,
            Instant createdAt,
            Instant changedAt,
            Long version) {

        static Webhook of(WebhookChannel channel) {
            return new Webhook(
                    channel.id(),
                    channel.name(),
                    channel.url(),
                    channel.kinds(),
                    channel.switchedOn(),
                    channel.secretIssuedAt(),
                    channel.createdAt(),
                    channel.changedAt(),
                    channel.version());
        }
    }

    /** A channel with its signing secret, shown once. */
    public record IssuedWebhook(Webhook webhook, String secret) {}

    /**
     * What an administrator sets: a name, the URL, the kinds it receives (keys of notification kinds; none: all),
     * whether it is on.
     */
    public record WebhookSettings(String name, String url, List<String> kinds, boolean enabled) {}

    public IssuedWebhook create(WebhookSettings settings, Viewer viewer) {
        viewer.requireOwnerRole(Role.ADMIN);
        var checked = checked(settings);
        var secret = Secrets.generate(SECRET_PREFIX);
        var sealed = secrets.seal(secret);
        var made = records.createNew(id -> WebhookChannel.made(id, checked, sealed, now()), viewer);
        return new IssuedWebhook(Webhook.of(made), secret);
    }

    /**
     * Changes a channel's name, address, kinds and state; its secret stays.
     *
     * @param precondition the version the change was made on: a channel changed since is not overwritten
     */
    public Webhook change(UUID id, WebhookSettings settings, Precondition precondition, Viewer viewer) {
        viewer.requireOwnerRole(Role.ADMIN);
        var checked = checked(settings);
        var channel = stored(id);
        return Webhook.of(records.change(channel, precondition, it -> it.change(checked, now()), viewer));
    }

    /** Switches a channel on or off; switching it to the state it is in changes nothing. */
    public Webhook switchTo(UUID id, boolean on, Viewer viewer) {
        viewer.requireOwnerRole(Role.ADMIN);
        var channel = stored(id);
        if (channel.switchedOn() == on) {
            return Webhook.of(channel);
        }
        return Webhook.of(records.change(channel, Precondition.none(), it -> it.switchTo(on, now()), viewer));
    }

    /** A new signing secret, shown once; the old one stops working at once. The history says when, never what. */
    public IssuedWebhook newSecret(UUID id, Viewer viewer) {
        viewer.requireOwnerRole(Role.ADMIN);
        var secret = Secrets.generate(SECRET_PREFIX);
        var sealed = secrets.seal(secret);
        var changed = records.change(stored(id), Precondition.none(), it -> it.newSecret(sealed, now()), viewer);
        return new IssuedWebhook(Webhook.of(changed), secret);
    }

    @Transactional(readOnly = true)
    public List<Webhook> all(Viewer viewer) {
        viewer.requireOwnerRole(Role.ADMIN);
        return channels.findAll().stream()
                .sorted(Comparator.comparing(WebhookChannel::name).thenComparing(WebhookChannel::id))
                .map(Webhook::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public Webhook one(UUID id, Viewer viewer) {
        viewer.requireOwnerRole(Role.ADMIN);
        return Webhook.of(stored(id));
    }

    /** Every change to the channel, oldest first; a new secret shows as its time of issue. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(UUID id, Viewer viewer) {
        viewer.requireOwnerRole(Role.ADMIN);
        return history.of(stored(id));
    }

    /** The channels that receive a kind, for queueing. */
    @Transactional(readOnly = true)
    List<UUID> receiving(String kind) {
        return jdbc.sql(
                        """
                        select id from webhook_channel where enabled and (cardinality(kinds) = 0 or :kind = any(kinds))
                        order by id""")
                .param("kind", kind)
                .query(UUID.class)
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

    private WebhookChannel stored(UUID id) {
        return channels.findById(id).orElseThrow(() -> new NotFoundException("Webhook", id));
    }

    private Instant now() {
        return Instant.now(clock);
    }

    /**
     * @throws InvalidRequestException on {@code name} when empty or too long, on {@code url} (see {@link WebhookUrls}),
     *     on {@code kinds} naming each kind Tandem does not make
     */
    private static CheckedSettings checked(WebhookSettings settings) {
        var name = settings.name() == null ? "" : settings.name().strip();
        if (name.isEmpty() || name.length() > LONGEST_NAME) {
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
        var unknown = kinds.stream()
                .filter(kind -> NotificationKinds.of(kind).isEmpty())
                .limit(UNKNOWN_KINDS_NAMED)
                .map(kind -> kind.length() > LONGEST_NAME ? kind.substring(0, LONGEST_NAME - 1) + "…" : kind)
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException("kinds", "rule.webhookKindsUnknown", String.join(", ", unknown));
        }
        return new CheckedSettings(name, url, kinds, settings.enabled());
    }
}
