package nl.ptvt.academy.certification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    @Test
    void aCodeHas128RandomBitsIn26UnambiguousCharacters() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = VerificationCode.generate();
            assertEquals(VerificationCode.LENGTH, code.length());
            assertTrue(code.chars().allMatch(c -> VerificationCode.ALPHABET.indexOf(c) >= 0), code);
            assertTrue(code.chars().noneMatch(c -> c == 'i' || c == 'l' || c == 'o' || c == 'u'), code);
            codes.add(code);
        }
        assertEquals(10_000, codes.size());
    }

    @Test
    void allBitsAreEncoded() {
        byte[] ones = new byte[16];
        java.util.Arrays.fill(ones, (byte) 0xff);
        assertEquals("7" + "z".repeat(25), VerificationCode.encode(ones));
        assertEquals("0".repeat(26), VerificationCode.encode(new byte[16]));
        byte[] one = new byte[16];
        one[15] = 1;
        assertEquals("0".repeat(25) + "1", VerificationCode.encode(one));
    }

    @Test
    void aTypedCodeIsReadAsCrockfordIntends() {
        String code = "0123456789abcdefghjkmnpqrs";
        assertEquals(Optional.of(code), VerificationCode.normalise(" 0123456789ABCDEFGHJKMNPQRS "));
        assertEquals(Optional.of("01" + code.substring(2)), VerificationCode.normalise("OI" + code.substring(2)));
        assertEquals(Optional.of("11" + code.substring(2)), VerificationCode.normalise("lL" + code.substring(2)));
        assertEquals(Optional.empty(), VerificationCode.normalise("u" + code.substring(1)));
        assertEquals(Optional.empty(), VerificationCode.normalise(code + "0"));
        assertEquals(Optional.empty(), VerificationCode.normalise("../" + code.substring(3)));
        assertEquals(Optional.empty(), VerificationCode.normalise(null));
    }
}
