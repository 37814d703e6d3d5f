package nl.ptvt.academy.certification.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The public code of a certificate: 128 random bits written in Crockford's base 32 (digits and lower-case letters
 * without i, l, o and u), 26 characters. Nobody can guess one, and one read from paper cannot be mistyped into another:
 * an upper-case I or L is read as 1 and O as 0, as Crockford intends.
 */
public final class VerificationCode {

    public static final int LENGTH = 26;
    static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCode() {
    }

    public static String generate() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return encode(bits);
    }

    /** 128 bits as 26 base-32 digits, most significant first (the first digit carries only 3 bits). */
    static String encode(byte[] bits) {
        java.math.BigInteger number = new java.math.BigInteger(1, bits);
        char[] digits = new char[LENGTH];
        for (int i = LENGTH - 1; i >= 0; i--) {
            digits[i] = ALPHABET.charAt(number.intValue() & 31);
            number = number.shiftRight(5);
        }
        return new String(digits);
    }

    /** The code as stored, from what someone typed or scanned; empty when it cannot be a code. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.strip().toLowerCase(Locale.ROOT).replace('i', '1').replace('l', '1').replace('o', '0');
        if (code.length() != LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < code.length(); i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(code);
    }
}
