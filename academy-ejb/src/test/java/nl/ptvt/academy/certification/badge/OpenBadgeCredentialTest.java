package nl.ptvt.academy.certification.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nl.ptvt.academy.certification.CertificateDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The credential as 1EdTech's validator judges it: against the official OB 3.0 JSON Schema (copied from
 * {@code /work/shared/ob3} into the test resources), and its VC-JWT rules (alg, kid, registered claims).
 */
class OpenBadgeCredentialTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BadgeIssuerProfile ISSUER = new BadgeIssuerProfile("https://academy.ptvt.nl", "PTvT Academy", "academy@ptvt.nl");
    private static Schema schema;
    private static BadgeSigningKey rsaKey;

    @BeforeAll
    static void loadSchemaAndKey() throws Exception {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try (InputStream in = OpenBadgeCredentialTest.class.getResourceAsStream("/ob3/ob_v3p0_achievementcredential_schema.json")) {
            schema = registry.getSchema(in, InputFormat.JSON);
        }
        rsaKey = BadgeSigningKey.parse(new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate().toJSONString());
    }

    static CertificateDocument document(String code, String language, LocalDate expiresOn, String description, String theme, BigDecimal hours) {
        return new CertificateDocument(code, 4711, "Anna de Vries", " Anna.de.Vries@School.NL ", language, 12, "Gastlessen techniek geven",
                3, description, theme, hours, LocalDate.of(2026, 11, 20), Instant.parse("2026-11-20T14:03:27.123456Z"),
                expiresOn, "https://academy.ptvt.nl/cursus/12", "https://academy.ptvt.nl/certificaat/" + code);
    }

    static CertificateDocument fullDocument() {
        return document("Q2xKgYb3WcTm9pLrZs4Hv7", "nl", LocalDate.of(2028, 11, 20), "Je leert een gastles techniek voorbereiden en geven.",
                "Techniek in de klas", new BigDecimal("1.5"));
    }

    private static List<String> schemaErrors(String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static JsonNode payload(String jwt) throws Exception {
        return JSON.readTree(SignedJWT.parse(jwt).getPayload().toString());
    }

    @Test
    void theSchemaCheckIsRealItAcceptsTheOfficialExampleAndRefusesABrokenCredential() throws Exception {
        String example;
        try (InputStream in = getClass().getResourceAsStream("/ob3/example-minimal-valid.json")) {
            example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(List.of(), schemaErrors(example));

        ObjectNode broken = (ObjectNode) payload(OpenBadgeCredential.signed(fullDocument(), ISSUER, rsaKey));
        ((ObjectNode) broken.get("issuer")).remove("type");
        ((ObjectNode) broken.get("credentialSubject").get("identifier").get(0)).remove("hashed");
        broken.put("validFrom", "20 november 2026");
        String errors = String.join("\n", schemaErrors(broken.toString()));
        for (String expected : List.of("/issuer: required property 'type'", "/credentialSubject/identifier/0: required property 'hashed'",
                "/validFrom: does not match the date-time pattern")) {
            assertTrue(errors.contains(expected), "expected '" + expected + "' among:\n" + errors);
        }
    }

    @Test
    void everyVariantOfTheCredentialValidatesAgainstTheOpenBadgesSchema() throws Exception {
        for (CertificateDocument document : List.of(fullDocument(),
                document("a1", "en", null, null, null, null),
                document("a2", "en", LocalDate.of(2027, 3, 31), "  ", "Engineering", BigDecimal.ONE))) {
            String jwt = OpenBadgeCredential.signed(document, ISSUER, rsaKey);
            assertEquals(List.of(), schemaErrors(SignedJWT.parse(jwt).getPayload().toString()), document.code());
        }
    }

    @Test
    void hasTheFieldsOpenBadgesAndTheIssueAskFor() throws Exception {
        JsonNode credential = payload(OpenBadgeCredential.signed(fullDocument(), ISSUER, rsaKey));

        assertEquals(List.of("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
                texts(credential.get("@context")));
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), texts(credential.get("type")));
        assertEquals("https://academy.ptvt.nl/api/v1/certificates/Q2xKgYb3WcTm9pLrZs4Hv7/verification", credential.get("id").asString());
        assertEquals("Gastlessen techniek geven", credential.get("name").asString());

        JsonNode issuer = credential.get("issuer");
        assertEquals("https://academy.ptvt.nl/api/v1/issuer", issuer.get("id").asString());
        assertEquals(List.of("Profile"), texts(issuer.get("type")));
        assertEquals("PTvT Academy", issuer.get("name").asString());
        assertEquals("https://academy.ptvt.nl/", issuer.get("url").asString());
        assertEquals("academy@ptvt.nl", issuer.get("email").asString());

        assertEquals("2026-11-20T14:03:27Z", credential.get("validFrom").asString());
        // valid through 20 November 2028 in Amsterdam (winter time, UTC+1)
        assertEquals("2028-11-20T23:00:00Z", credential.get("validUntil").asString());

        JsonNode subject = credential.get("credentialSubject");
        assertTrue(subject.get("id").asString().startsWith("urn:uuid:"));
        assertEquals(List.of("AchievementSubject"), texts(subject.get("type")));
        JsonNode achievement = subject.get("achievement");
        assertEquals("https://academy.ptvt.nl/cursus/12", achievement.get("id").asString());
        assertEquals(List.of("Achievement"), texts(achievement.get("type")));
        assertEquals("Gastlessen techniek geven", achievement.get("name").asString());
        assertEquals("Je leert een gastles techniek voorbereiden en geven. Studiebelasting: 1,5 uur.", achievement.get("description").asString());
        assertTrue(achievement.get("criteria").get("narrative").asString().contains("Gastlessen techniek geven"));
        assertEquals("3", achievement.get("version").asString());
        assertEquals("Techniek in de klas", achievement.get("fieldOfStudy").asString());

        JsonNode status = credential.get("credentialStatus");
        assertEquals("BitstringStatusListEntry", status.get("type").asString());
        assertEquals("revocation", status.get("statusPurpose").asString());
        assertEquals("4711", status.get("statusListIndex").asString());
        assertEquals("https://academy.ptvt.nl/api/v1/credentials/status/1", status.get("statusListCredential").asString());
        assertEquals("https://academy.ptvt.nl/api/v1/credentials/status/1#4711", status.get("id").asString());
    }

    @Test
    void identifiesTheHolderByASaltedHashOfTheAddressThatAnyoneWhoKnowsItCanReproduce() throws Exception {
        String jwt = OpenBadgeCredential.signed(fullDocument(), ISSUER, rsaKey);
        JsonNode email = payload(jwt).get("credentialSubject").get("identifier").get(0);
        assertEquals("IdentityObject", email.get("type").asString());
        assertEquals("emailAddress", email.get("identityType").asString());
        assertTrue(email.get("hashed").asBoolean());
        String salt = email.get("salt").asString();
        assertEquals(32, salt.length());

        // what a verifier does with the address the holder gives: trimmed, lower case, then the salt
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(("anna.de.vries@school.nl" + salt).getBytes(StandardCharsets.UTF_8));
        assertEquals("sha256$" + HexFormat.of().formatHex(digest), email.get("identityHash").asString());
        assertFalse(SignedJWT.parse(jwt).getPayload().toString().toLowerCase().contains("anna.de.vries@school.nl"), "the plain address is not in the credential");

        // another certificate of the same person: another salt, so the two hashes do not link them
        JsonNode other = payload(OpenBadgeCredential.signed(document("X9", "nl", null, null, null, null), ISSUER, rsaKey))
                .get("credentialSubject").get("identifier").get(0);
        assertNotEquals(salt, other.get("salt").asString());
        assertNotEquals(email.get("identityHash").asString(), other.get("identityHash").asString());

        JsonNode name = payload(jwt).get("credentialSubject").get("identifier").get(1);
        assertEquals("name", name.get("identityType").asString());
        assertEquals("Anna de Vries", name.get("identityHash").asString());
        assertFalse(name.get("hashed").asBoolean());
    }

    @Test
    void isAVcJwtSignedWithRs256WhoseKeyIsNamedByItsUrlAndWhoseClaimsRepeatTheCredential() throws Exception {
        String jwt = OpenBadgeCredential.signed(fullDocument(), ISSUER, rsaKey);
        SignedJWT signed = SignedJWT.parse(jwt);

        assertEquals(JWSAlgorithm.RS256, signed.getHeader().getAlgorithm());
        assertEquals(JOSEObjectType.JWT, signed.getHeader().getType());
        assertEquals("https://academy.ptvt.nl/api/v1/keys/" + rsaKey.id(), signed.getHeader().getKeyID());
        assertNull(signed.getHeader().getJWK(), "the key is found through kid");
        assertTrue(signed.verify(new RSASSAVerifier((RSAKey) rsaKey.publicKey())));
        RSAKey otherKey = new RSAKeyGenerator(2048).generate().toPublicJWK();
        assertFalse(SignedJWT.parse(jwt).verify(new RSASSAVerifier(otherKey)));

        JWTClaimsSet claims = signed.getJWTClaimsSet();
        JsonNode credential = payload(jwt);
        assertEquals(credential.get("issuer").get("id").asString(), claims.getIssuer());
        assertEquals(credential.get("id").asString(), claims.getJWTID());
        assertEquals(credential.get("credentialSubject").get("id").asString(), claims.getSubject());
        assertEquals(Instant.parse(credential.get("validFrom").asString()), claims.getNotBeforeTime().toInstant());
        assertEquals(Instant.parse(credential.get("validUntil").asString()), claims.getExpirationTime().toInstant());
        assertFalse(credential.has("vc"), "the credential is the payload itself");

        JWTClaimsSet withoutExpiry = SignedJWT.parse(OpenBadgeCredential.signed(document("a3", "en", null, null, null, null), ISSUER, rsaKey))
                .getJWTClaimsSet();
        assertNull(withoutExpiry.getExpirationTime());
        assertNull(withoutExpiry.getClaim("validUntil"));
    }

    @Test
    void withAnRsaKeyTheSameCertificateGivesTheSameCredentialEveryTime() {
        assertEquals(OpenBadgeCredential.signed(fullDocument(), ISSUER, rsaKey), OpenBadgeCredential.signed(fullDocument(), ISSUER, rsaKey));
    }

    @Test
    void anEs256KeySignsWithEs256AndNeverWithEdDsa() throws Exception {
        ECKey ec = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
        BadgeSigningKey key = BadgeSigningKey.parse(ec.toJSONString());
        SignedJWT signed = SignedJWT.parse(OpenBadgeCredential.signed(fullDocument(), ISSUER, key));
        assertEquals(JWSAlgorithm.ES256, signed.getHeader().getAlgorithm());
        assertEquals("https://academy.ptvt.nl/api/v1/keys/ec-1", signed.getHeader().getKeyID());
        assertTrue(signed.verify(new ECDSAVerifier(ec.toECPublicKey())));
        for (BadgeSigningKey any : List.of(key, rsaKey)) {
            assertTrue(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256).contains(any.algorithm()));
            assertNotEquals(JWSAlgorithm.EdDSA, SignedJWT.parse(OpenBadgeCredential.signed(fullDocument(), ISSUER, any)).getHeader().getAlgorithm());
        }
    }

    @Test
    void anEnglishCertificateSpeaksEnglish() throws Exception {
        JsonNode credential = payload(OpenBadgeCredential.signed(document("e1", "en", null, "Teach a guest lesson.", null, new BigDecimal("2.0")), ISSUER, rsaKey));
        assertEquals("Teach a guest lesson. Study load: 2 hours.", credential.get("credentialSubject").get("achievement").get("description").asString());
        assertTrue(credential.get("description").asString().contains("completed on 20 November 2026"), credential.get("description").asString());
        assertEquals("en", credential.get("credentialSubject").get("achievement").get("inLanguage").asString());
    }

    @Test
    void thePublishedKeyIsTheBareJwkOfThePublicHalf() throws Exception {
        JWK served = BadgeKeys.named(rsaKey.publicKey(), ISSUER.keyUrl(rsaKey.id()));
        assertFalse(served.isPrivate());
        assertTrue(SignedJWT.parse(OpenBadgeCredential.signed(fullDocument(), ISSUER, rsaKey)).verify(new RSASSAVerifier(served.toRSAKey())));
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).collect(Collectors.toList());
    }
}
