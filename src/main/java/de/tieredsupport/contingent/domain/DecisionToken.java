package de.tieredsupport.contingent.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret in a decision link: 256 random bits from a {@link SecureRandom}, written as 43 URL-safe Base64
 * characters. Only its SHA-256 hash is stored, so a copy of the database opens no link; a stored hash is compared
 * in constant time.
 */
public final class DecisionToken {

    private static final int BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private DecisionToken() {
    }

    /** A new token; the caller mails it and stores only {@link #hash}. */
    public static String create(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text has the shape of a token at all (anything else is answered without a look-up). */
    public static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    /** Lower-case hex SHA-256 of the token's characters: 64 characters. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** Whether {@code token} hashes to {@code storedHash}, comparing in time independent of where they differ. */
    public static boolean matches(String storedHash, String token) {
        if (storedHash == null || !wellFormed(token)) {
            return false;
        }
        return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
                hash(token).getBytes(StandardCharsets.US_ASCII));
    }
}
