package nl.ptvt.academy.certification.badge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The holder's email address as Open Badges carries it: {@code sha256$} and the hex SHA-256 of the address followed by
 * a salt, so the credential does not show the address but whoever knows it can check it. The address is trimmed and
 * lower-cased first (as the Academy stores it), so a verifier must do the same. The salt is derived from the
 * certificate's code: a salt need not be secret (it is in the credential), only different per credential, so one
 * person's credentials cannot be linked by their hash; being derived, a credential comes out the same on every download.
 */
final class IdentityHash {

    private IdentityHash() {
    }

    static String saltFor(String certificateCode) {
        return HexFormat.of().formatHex(sha256("ptvt-academy open badges salt\u0000" + certificateCode), 0, 16);
    }

    static String of(String email, String salt) {
        return "sha256$" + HexFormat.of().formatHex(sha256(email.strip().toLowerCase(Locale.ROOT) + salt));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
