package nl.ptvt.academy.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in an invitation link: 32 random bytes, URL-safe Base64 (43 characters). The database keeps only
 * its SHA-256 ({@link #hash()}); the code itself exists only in the mail.
 */
public record InvitationCode(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static InvitationCode generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new InvitationCode(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The SHA-256 of the code as 64 hex digits; what a code typed or clicked is looked up by. */
    public String hash() {
        return hashOf(value);
    }

    public static String hashOf(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "InvitationCode[***]";
    }
}
