package dev.tandem.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Bearer secrets (API tokens, display tokens): 256 random bits, shown once, stored only as a SHA-256 hash. A secret
 * that random needs no slow hash.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Copied for each hash rather than looked up among the security providers each time (every API call hashes one). */
    private static final MessageDigest SHA_256 = sha256();

    private Secrets() {}

    /** A fresh secret: the prefix says what it is for, the rest is 43 URL-safe characters. */
    public static String generate(String prefix) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is stored of a secret and looked up by. */
    public static String hash(String secret) {
        MessageDigest digest;
        try {
            digest = (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            digest = sha256();
        }
        return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
