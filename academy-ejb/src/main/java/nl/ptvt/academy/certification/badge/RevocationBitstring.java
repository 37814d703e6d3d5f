package nl.ptvt.academy.certification.badge;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.BitSet;
import java.util.Collection;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The {@code encodedList} of a W3C Bitstring Status List: one bit per certificate id (1 = revoked), index 0 the
 * left-most bit of the first byte, GZIP-compressed, base64url without padding and with the multibase prefix {@code u}.
 * The list is at least 16 KB (131,072 entries), the minimum the specification sets so that one revoked bit does not
 * single out its holder, and grows in steps of that size when ids pass it.
 */
final class RevocationBitstring {

    static final int MINIMUM_BITS = 16 * 1024 * 8;

    private RevocationBitstring() {
    }

    static String encode(Collection<Long> revokedIndexes) {
        long highest = revokedIndexes.stream().mapToLong(Long::longValue).max().orElse(0);
        if (revokedIndexes.stream().anyMatch(index -> index < 0)) {
            throw new IllegalArgumentException("A status list index is never negative: " + revokedIndexes);
        }
        long bits = Math.max(MINIMUM_BITS, (highest / MINIMUM_BITS + 1) * MINIMUM_BITS);
        byte[] bytes = new byte[Math.toIntExact(bits / 8)];
        for (long index : revokedIndexes) {
            bytes[(int) (index / 8)] |= (byte) (0x80 >>> (index % 8));
        }
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(compressed.toByteArray());
    }

    /** The bits of an encoded list, index 0 first; for checks and tests. */
    static BitSet decode(String encodedList) {
        if (!encodedList.startsWith("u")) {
            throw new IllegalArgumentException("Not a multibase base64url text: " + encodedList.substring(0, Math.min(10, encodedList.length())));
        }
        byte[] bytes;
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encodedList.substring(1))))) {
            bytes = gzip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BitSet bits = new BitSet(bytes.length * 8);
        for (int index = 0; index < bytes.length * 8; index++) {
            if ((bytes[index / 8] & (0x80 >>> (index % 8))) != 0) {
                bits.set(index);
            }
        }
        return bits;
    }

    static int length(String encodedList) {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encodedList.substring(1))))) {
            return gzip.readAllBytes().length * 8;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
