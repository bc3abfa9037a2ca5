package org.pcrnavigator.app.security;

import java.nio.CharBuffer;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Hashes and checks passwords with Argon2id, and decides whether a new password is acceptable. Parameters follow the
 * OWASP minimum for Argon2id (19 MiB, 2 passes, 1 lane); the hash string carries them, so raising them later still
 * verifies old hashes.
 */
public final class Passwords {
    /** The shortest password accepted: a passphrase of a few words is easier to remember than a short complex one. */
    public static final int MIN_LENGTH = 12;

    private static final Argon2PasswordEncoder ENCODER = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    /** Checked against when the e-mail is unknown, so that an unknown address costs as long as a wrong password. */
    private static final String DUMMY_HASH = ENCODER.encode("not a password: only spends the same time");

    private Passwords() {}

    /** The Argon2id hash string ({@code $argon2id$v=19$m=...}) of a password that {@link #check} accepted. */
    public static String hash(char[] password) {
        check(password);
        return ENCODER.encode(CharBuffer.wrap(password));
    }

    /** Whether {@code password} matches {@code hash}; a null or malformed hash never matches. */
    public static boolean matches(char[] password, String hash) {
        if (password == null || hash == null) return false;
        try {
            return ENCODER.matches(CharBuffer.wrap(password), hash);
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    /** Spends the time of one {@link #matches} without a real hash: used for unknown e-mail addresses. */
    public static void burnTime(char[] password) {
        matches(password == null ? new char[0] : password, DUMMY_HASH);
    }

    /** Throws {@link IllegalArgumentException} naming the field unless {@code password} is acceptable. */
    public static void check(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new IllegalArgumentException("password: expected at least " + MIN_LENGTH + " characters, got "
                    + (password == null ? 0 : password.length));
        }
        if (CharBuffer.wrap(password).chars().allMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("password: expected some characters other than spaces");
        }
    }
}
