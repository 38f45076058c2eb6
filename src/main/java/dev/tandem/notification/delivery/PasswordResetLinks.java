package dev.tandem.notification.delivery;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The link of a "forgot your password?" e-mail: names the account, the time its password was set when the link was
 * made and when the link expires, signed as the acknowledge links are. Setting a new password changes that time, so
 * the link works once, and not at all after the password changed otherwise.
 */
@Component
class PasswordResetLinks {

    /** The path links open, under the application. */
    static final String PATH = "/password/reset/";

    private static final int CONTENT = 16 + 8 + 8;
    private static final String PURPOSE = "password-reset-links";

    private final SignedTokens tokens;
    private final DeliveryProperties properties;
    private final Clock clock;

    PasswordResetLinks(SignedTokens tokens, DeliveryProperties properties, Clock clock) {
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a link says, once its signature is checked; the account and time are null unless it is signed. */
    record Reading(boolean signed, boolean expired, UUID accountId, Instant issuedUnder) {}

    /** The link for an account whose password was set at {@code passwordSet}, made now. */
    String link(UUID accountId, Instant passwordSet, Locale language) {
        return link(accountId, passwordSet, language, Instant.now(clock));
    }

    String link(UUID accountId, Instant passwordSet, Locale language, Instant madeAt) {
        var content = ByteBuffer.allocate(CONTENT)
                .putLong(accountId.getMostSignificantBits())
                .putLong(accountId.getLeastSignificantBits())
                .putLong(ChronoUnit.MICROS.between(Instant.EPOCH, passwordSet))
                .putLong(madeAt.plus(properties.passwordResetValidity()).getEpochSecond())
                .array();
        var base = properties.baseUrl().toString().replaceAll("/+$", "");
        return base + PATH + tokens.sign(PURPOSE, content) + "?lang=" + language.toLanguageTag();
    }

    Reading read(String token) {
        var content = tokens.read(PURPOSE, token, CONTENT);
        if (content.isEmpty()) {
            return new Reading(false, false, null, null);
        }
        var buffer = ByteBuffer.wrap(content.get());
        var account = new UUID(buffer.getLong(), buffer.getLong());
        var issuedUnder = Instant.EPOCH.plus(buffer.getLong(), ChronoUnit.MICROS);
        var expired = !Instant.now(clock).isBefore(Instant.ofEpochSecond(buffer.getLong()));
        return new Reading(true, expired, account, issuedUnder);
    }

    long validMinutes() {
        return properties.passwordResetValidity().toMinutes();
    }
}
