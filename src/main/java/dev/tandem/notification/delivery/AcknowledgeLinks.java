package dev.tandem.notification.delivery;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The one-click "acknowledge" link of an e-mail: names the notification, the person it went to and when the link
 * expires, signed with HMAC-SHA256 under the notification key, so that it works without signing in and cannot be
 * altered to acknowledge anything else.
 */
@Component
public class AcknowledgeLinks {

    /** The path links open, under the application. */
    public static final String PATH = "/acknowledge/";

    private static final int CONTENT = 16 + 16 + 8;
    private static final String PURPOSE = "acknowledge-links";

    private final SignedTokens tokens;
    private final DeliveryProperties properties;

    AcknowledgeLinks(SignedTokens tokens, DeliveryProperties properties) {
        this.tokens = tokens;
        this.properties = properties;
    }

    /** What a link says, once its signature is checked. */
    public record Reading(Verdict verdict, UUID notificationId, UUID personId) {}

    public enum Verdict {
        VALID,
        EXPIRED,
        INVALID
    }

    /**
     * The link to put in an e-mail sent at {@code now}, valid for {@code tandem.notification.link-validity}; its page
     * speaks the recipient's language, as nobody is signed in to say which.
     */
    public String link(UUID notificationId, UUID personId, Locale language, Instant now) {
        var content = ByteBuffer.allocate(CONTENT)
                .putLong(notificationId.getMostSignificantBits())
                .putLong(notificationId.getLeastSignificantBits())
                .putLong(personId.getMostSignificantBits())
                .putLong(personId.getLeastSignificantBits())
                .putLong(now.plus(properties.linkValidity()).getEpochSecond())
                .array();
        var base = properties.baseUrl().toString().replaceAll("/+$", "");
        return base + PATH + tokens.sign(PURPOSE, content) + "?lang=" + language.toLanguageTag();
    }

    /** Reads a link's token: invalid when malformed or altered, expired after its time, else what it names. */
    public Reading read(String token, Instant now) {
        var content = tokens.read(PURPOSE, token, CONTENT);
        if (content.isEmpty()) {
            return new Reading(Verdict.INVALID, null, null);
        }
        var buffer = ByteBuffer.wrap(content.get());
        var notification = new UUID(buffer.getLong(), buffer.getLong());
        var person = new UUID(buffer.getLong(), buffer.getLong());
        var expires = Instant.ofEpochSecond(buffer.getLong());
        var verdict = now.isBefore(expires) ? Verdict.VALID : Verdict.EXPIRED;
        return new Reading(verdict, notification, person);
    }
}
