package dev.tandem.notification.delivery;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Tokens for links that work without signing in: their content and its HMAC-SHA256 signature under the notification
 * key's key for one purpose, both URL-safe Base64, as {@code content.signature}.
 */
@Component
class SignedTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final NotificationKey key;

    SignedTokens(NotificationKey key) {
        this.key = key;
    }

    String sign(String purpose, byte[] content) {
        return ENCODER.encodeToString(content) + "." + ENCODER.encodeToString(signature(purpose, content));
    }

    /** The content of a token signed for the purpose and of the length given; empty when malformed or altered. */
    Optional<byte[]> read(String purpose, String token, int length) {
        var parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        byte[] content;
        byte[] signature;
        try {
            content = Base64.getUrlDecoder().decode(parts[0]);
            signature = Base64.getUrlDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // only the one spelling the token was sent with: Base64 ignores the unused low bits of a last character, so a
        // token with that character altered would otherwise still decode to the signed bytes
        if (content.length != length
                || !ENCODER.encodeToString(content).equals(parts[0])
                || !ENCODER.encodeToString(signature).equals(parts[1])
                || !MessageDigest.isEqual(signature, signature(purpose, content))) {
            return Optional.empty();
        }
        return Optional.of(content);
    }

    private byte[] signature(String purpose, byte[] content) {
        return NotificationKey.hmac(key.forPurpose(purpose), content);
    }
}
