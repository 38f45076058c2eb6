package dev.tandem.notification.delivery;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.UnaryOperator;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Secrets Tandem must use again, not only check (a webhook's signing secret): sealed with AES-GCM under the
 * notification key, so that the table alone does not reveal them and a changed byte is noticed.
 */
@Component
class SealedSecrets {

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final NotificationKey key;

    SealedSecrets(NotificationKey key) {
        this.key = key;
    }

    String seal(String secret) {
        var nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        var sealed = cipher(Cipher.ENCRYPT_MODE, nonce).apply(secret.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder()
                .encodeToString(ByteBuffer.allocate(NONCE + sealed.length)
                        .put(nonce)
                        .put(sealed)
                        .array());
    }

    String open(String sealed) {
        var bytes = Base64.getDecoder().decode(sealed);
        var nonce = Arrays.copyOfRange(bytes, 0, NONCE);
        var content = Arrays.copyOfRange(bytes, NONCE, bytes.length);
        return new String(cipher(Cipher.DECRYPT_MODE, nonce).apply(content), StandardCharsets.UTF_8);
    }

    private UnaryOperator<byte[]> cipher(int mode, byte[] nonce) {
        return content -> {
            try {
                var cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(
                        mode,
                        new SecretKeySpec(key.forPurpose("webhook-secrets"), "AES"),
                        new GCMParameterSpec(TAG_BITS, nonce));
                return cipher.doFinal(content);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("a sealed secret could not be opened with the notification key", e);
            }
        };
    }
}
