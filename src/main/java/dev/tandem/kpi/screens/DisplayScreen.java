package dev.tandem.kpi.screens;

import dev.tandem.history.KeptOutOfHistory;
import dev.tandem.history.Recorded;
import dev.tandem.history.Voidable;
import dev.tandem.kpi.figures.FigureScope;
import dev.tandem.kpi.figures.Workforce;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A shop-floor screen: a TV that shows the live figures of the enterprise, a site or an organisation, rotating its
 * views. It opens with its display token alone; voiding the screen switches the token off.
 */
public class DisplayScreen extends Voidable {

    @Id
    private final UUID id;

    private final String name;
    private final UUID siteId;
    private final UUID organisationId;
    private final int rotateSeconds;
    private final String language;

    @KeptOutOfHistory("a secret; tokenPrefix shows which token the screen has")
    private final String tokenHash;

    private final String tokenPrefix;

    @KeptOutOfHistory("the screen's heartbeat, written as it polls, not a change anyone makes")
    private final Instant lastSeenAt;

    @Version
    private Long version;

    @PersistenceCreator
    DisplayScreen(
            UUID id,
            String name,
            UUID siteId,
            UUID organisationId,
            int rotateSeconds,
            String language,
            String tokenHash,
            String tokenPrefix,
            Instant lastSeenAt,
            Long version) {
        this.id = id;
        this.name = name;
        this.siteId = siteId;
        this.organisationId = organisationId;
        this.rotateSeconds = rotateSeconds;
        this.language = language;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.lastSeenAt = lastSeenAt;
        this.version = version;
    }

    static DisplayScreen of(UUID id, SetUpScreen command, String tokenHash, String tokenPrefix) {
        return new DisplayScreen(
                id,
                command.name().trim(),
                command.siteId(),
                command.organisationId(),
                command.rotateSeconds(),
                command.language(),
                tokenHash,
                tokenPrefix,
                null,
                null);
    }

    @Override
    public String recordType() {
        return "display-screen";
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public UUID siteId() {
        return siteId;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public int rotateSeconds() {
        return rotateSeconds;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** The first characters of the token, so that people can tell screens' links apart. */
    public String tokenPrefix() {
        return tokenPrefix;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    public FigureScope scope() {
        return new FigureScope(siteId, null, organisationId, Workforce.ALL);
    }

    String tokenHash() {
        return tokenHash;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Recorded.fields(
                "name", name,
                "siteId", siteId,
                "organisationId", organisationId,
                "rotateSeconds", rotateSeconds,
                "language", language,
                "tokenPrefix", tokenPrefix);
    }
}
