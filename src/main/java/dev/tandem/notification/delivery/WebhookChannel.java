package dev.tandem.notification.delivery;

import dev.tandem.history.KeptOutOfHistory;
import dev.tandem.history.Recorded;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;

/**
 * A webhook channel as it is kept: where it posts, the kinds it receives (none: all), whether it is switched on, and
 * its signing secret, sealed. Every change lands in the history; the secret never does, only when it was issued.
 */
public class WebhookChannel implements Recorded {

    @Id
    private final UUID id;

    private String name;
    private String url;

    /** Kind keys, sorted, so that the history shows a change of kinds and not a change of order. */
    private List<String> kinds;

    @Column("enabled")
    private boolean switchedOn;

    @KeptOutOfHistory("the signing secret is shown once, when it is issued, and never again; secretIssuedAt records it")
    private String secretSealed;

    private Instant secretIssuedAt;

    @KeptOutOfHistory("the CREATED entry of the history says when and by whom")
    private final Instant createdAt;

    @KeptOutOfHistory("each history entry says when it was changed")
    private Instant changedAt;

    @Version
    private Long version;

    @PersistenceCreator
    WebhookChannel(
            UUID id,
            String name,
            String url,
            List<String> kinds,
            boolean switchedOn,
            String secretSealed,
            Instant secretIssuedAt,
            Instant createdAt,
            Instant changedAt,
            Long version) {
        this.id = id;
        this.name = name;
        this.url = url;
        this.kinds = List.copyOf(kinds);
        this.switchedOn = switchedOn;
        this.secretSealed = secretSealed;
        this.secretIssuedAt = secretIssuedAt;
        this.createdAt = createdAt;
        this.changedAt = changedAt;
        this.version = version;
    }

    /** A new channel with checked settings and a freshly sealed secret. */
    static WebhookChannel made(UUID id, CheckedSettings settings, String secretSealed, Instant now) {
        return new WebhookChannel(
                id,
                settings.name(),
                settings.url(),
                settings.kinds(),
                settings.switchedOn(),
                secretSealed,
                now,
                now,
                now,
                null);
    }

    void change(CheckedSettings settings, Instant now) {
        this.name = settings.name();
        this.url = settings.url();
        this.kinds = settings.kinds();
        this.switchedOn = settings.switchedOn();
        this.changedAt = now;
    }

    void switchTo(boolean on, Instant now) {
        this.switchedOn = on;
        this.changedAt = now;
    }

    /** The old secret stops working at once. */
    void newSecret(String sealed, Instant now) {
        this.secretSealed = sealed;
        this.secretIssuedAt = now;
        this.changedAt = now;
    }

    /** Settings that passed the channel's rules: a name, an http(s) address, known kinds only, sorted. */
    record CheckedSettings(String name, String url, List<String> kinds, boolean switchedOn) {}

    @Override
    public String recordType() {
        return "webhook-channel";
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Long version() {
        return version;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Recorded.fields(
                "name", name,
                "url", url,
                "kinds", kinds,
                "switchedOn", switchedOn,
                "secretIssuedAt", secretIssuedAt);
    }

    String name() {
        return name;
    }

    String url() {
        return url;
    }

    List<String> kinds() {
        return kinds;
    }

    boolean switchedOn() {
        return switchedOn;
    }

    Instant secretIssuedAt() {
        return secretIssuedAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant changedAt() {
        return changedAt;
    }
}
