package dev.tandem.identity;

import java.security.SecureRandom;

/**
 * Passwords Tandem makes up (the first administrator's, an administrator's reset): read off a screen and typed by a
 * person, so four groups of four from letters and digits that cannot be mistaken for one another; about 90 random
 * bits.
 */
final class TemporaryPasswords {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {}

    static String generate() {
        var password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
