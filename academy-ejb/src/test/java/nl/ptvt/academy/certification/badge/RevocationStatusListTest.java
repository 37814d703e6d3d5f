package nl.ptvt.academy.certification.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Base64;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class RevocationStatusListTest {

    private static final BadgeIssuerProfile ISSUER = new BadgeIssuerProfile("https://academy.ptvt.nl", "PTvT Academy", "academy@ptvt.nl");

    /** Decoded here by hand, as the W3C specification describes it, not with the class under test. */
    private static byte[] bitstring(String encodedList) throws Exception {
        assertTrue(encodedList.startsWith("u"), "multibase base64url");
        assertTrue(!encodedList.contains("=") && !encodedList.contains("+") && !encodedList.contains("/"), "base64url without padding");
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encodedList.substring(1))))) {
            return gzip.readAllBytes();
        }
    }

    @Test
    void setsExactlyTheRevokedIndexesLeftMostBitFirstIn16Kilobytes() throws Exception {
        List<Long> revoked = List.of(0L, 7L, 8L, 4711L, 131_071L);
        String encoded = RevocationBitstring.encode(revoked);

        byte[] bytes = bitstring(encoded);
        assertEquals(16 * 1024, bytes.length);
        assertEquals((byte) 0x81, bytes[0], "index 0 is the left-most bit, 7 the right-most of the first byte");
        assertEquals((byte) 0x80, bytes[1]);
        assertEquals((byte) 0x01, bytes[16 * 1024 - 1]);

        BitSet bits = RevocationBitstring.decode(encoded);
        assertEquals(revoked, bits.stream().mapToObj(Long::valueOf).collect(Collectors.toList()));
        assertEquals(131_072, RevocationBitstring.length(encoded));
        // mostly zeros: the compressed list stays small
        assertTrue(encoded.length() < 200, encoded.length() + " characters");
    }

    @Test
    void growsInStepsOf16KilobytesWhenIdsPassTheMinimum() throws Exception {
        String encoded = RevocationBitstring.encode(List.of(131_072L, 300_000L));
        assertEquals(3 * 131_072, RevocationBitstring.length(encoded));
        assertEquals(List.of(131_072, 300_000), RevocationBitstring.decode(encoded).stream().boxed().toList());
        assertEquals(0, RevocationBitstring.decode(RevocationBitstring.encode(List.of())).cardinality());
        assertEquals(131_072, RevocationBitstring.length(RevocationBitstring.encode(List.of())));
        assertThrows(IllegalArgumentException.class, () -> RevocationBitstring.encode(List.of(-1L)));
    }

    @Test
    void theListIsABitstringStatusListCredentialSignedAsAVcJwt() throws Exception {
        RSAKey rsa = new RSAKeyGenerator(2048).keyID("k1").generate();
        BadgeSigningKey key = BadgeSigningKey.parse(rsa.toJSONString());
        Instant now = Instant.parse("2026-11-29T08:00:00Z");

        SignedJWT jwt = SignedJWT.parse(StatusListCredential.signed(ISSUER, 1, List.of(4711L), now, key));

        assertEquals(JWSAlgorithm.RS256, jwt.getHeader().getAlgorithm());
        assertEquals("vc+jwt", jwt.getHeader().getType().getType());
        assertEquals("https://academy.ptvt.nl/api/v1/keys/k1", jwt.getHeader().getKeyID());
        assertTrue(jwt.verify(new RSASSAVerifier(rsa.toPublicJWK())));

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertEquals(List.of("https://www.w3.org/ns/credentials/v2"), claims.getStringListClaim("@context"));
        assertEquals(List.of("VerifiableCredential", "BitstringStatusListCredential"), claims.getStringListClaim("type"));
        assertEquals("https://academy.ptvt.nl/api/v1/credentials/status/1", claims.getStringClaim("id"));
        assertEquals(claims.getStringClaim("id"), claims.getJWTID());
        assertEquals("https://academy.ptvt.nl/api/v1/issuer", claims.getStringClaim("issuer"));
        assertEquals(claims.getStringClaim("issuer"), claims.getIssuer());
        assertEquals("2026-11-29T08:00:00Z", claims.getStringClaim("validFrom"));
        assertEquals(now, claims.getNotBeforeTime().toInstant());

        Map<String, Object> subject = claims.getJSONObjectClaim("credentialSubject");
        assertEquals(subject.get("id"), claims.getSubject());
        assertEquals("BitstringStatusList", subject.get("type"));
        assertEquals("revocation", subject.get("statusPurpose"));
        BitSet bits = RevocationBitstring.decode((String) subject.get("encodedList"));
        assertTrue(bits.get(4711));
        assertEquals(1, bits.cardinality());
    }
}
