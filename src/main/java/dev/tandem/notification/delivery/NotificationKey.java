package dev.tandem.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The notification module's one key, from {@code tandem.notification.key} or else made once and kept in the database
 * (so that every node and every restart agree), with a separate key derived from it for each purpose.
 */
@Component
class NotificationKey {

    private static final int LENGTH = 32;

    private final JdbcClient jdbc;
    private final String configured;
    private volatile byte[] master;

    NotificationKey(JdbcClient jdbc, DeliveryProperties properties) {
        this.jdbc = jdbc;
        this.configured = properties.key().trim();
    }

    /** The key for one purpose ("webhook-secrets", "acknowledge-links"): HMAC-SHA256 of the purpose. */
    byte[] forPurpose(String purpose) {
        return hmac(master(), purpose.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] hmac(byte[] key, byte[] content) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private byte[] master() {
        if (master == null) {
            master = configured.isEmpty() ? stored() : decoded(configured);
        }
        return master;
    }

    private static byte[] decoded(String key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("tandem.notification.key must be Base64", e);
        }
        if (bytes.length < LENGTH) {
            throw new IllegalStateException("tandem.notification.key must hold at least " + LENGTH + " bytes");
        }
        return bytes;
    }

    private byte[] stored() {
        var fresh = new byte[LENGTH];
        new SecureRandom().nextBytes(fresh);
        jdbc.sql("insert into notification_key (id, secret) values (1, :secret) on conflict (id) do nothing")
                .param("secret", fresh)
                .update();
        return jdbc.sql("select secret from notification_key where id = 1")
                .query(byte[].class)
                .single();
    }
}
