package nl.ptvt.academy.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import nl.ptvt.academy.testing.AcademyDeployment;
import nl.ptvt.academy.testing.ApiClient;
import nl.ptvt.academy.testing.ApiClient.Download;
import nl.ptvt.academy.testing.ApiClient.Reply;
import nl.ptvt.academy.testing.Courses;
import nl.ptvt.academy.testing.IntegrationTestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a verifier of the Academy's Open Badges fetches, black-box over HTTP on MariaDB: the published keys, the issuer
 * Profile and the signed revocation status list. The test server runs without ACADEMY_BASE_URL, so the URLs inside the
 * documents start with the default {@code http://localhost:8080}; the test follows them by their path.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadgeApiIT {

    private static final String DEFAULT_BASE = "http://localhost:8080";
    private static final String PASSWORD = "een-lang-wachtwoord";

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive academy() {
        return AcademyDeployment.builtWar();
    }

    private ApiClient api() {
        return ApiClient.at(deployment);
    }

    /** The path of one of the Academy's own URLs, to fetch it from the test server. */
    private static String pathOf(String academyUrl) {
        assertTrue(academyUrl.startsWith(DEFAULT_BASE + "/"), academyUrl);
        return academyUrl.substring(DEFAULT_BASE.length() + 1);
    }

    private static void assertProblem(Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), "problem+json, was " + reply.contentType());
        if (code != null) {
            assertEquals(code, reply.json().getString("code"), reply.toString());
        }
    }

    @Test
    void theKeySetAndEachKeyUrlServeTheSamePublicKeysAndTheSigningKeyStaysInTheDataFolder() throws Exception {
        api().newLearner(PASSWORD); // a token is signed, so the API token key exists too (compared below)
        Download jwks = api().download(".well-known/jwks.json");
        assertEquals(200, jwks.status());
        assertTrue(jwks.header("Content-Type").orElseThrow().startsWith("application/json"));
        JWKSet set = JWKSet.parse(new String(jwks.body(), StandardCharsets.UTF_8));
        assertFalse(set.getKeys().isEmpty());

        for (JWK key : set.getKeys()) {
            assertFalse(key.isPrivate(), "only public keys are published");
            assertTrue(Set.of("RSA", "EC").contains(key.getKeyType().getValue()), key.getKeyType().getValue());
            String kid = key.getKeyID();
            assertTrue(kid.startsWith(DEFAULT_BASE + "/api/v1/keys/"), "the kid is the key's URL: " + kid);

            Reply bare = api().get(pathOf(kid));
            assertEquals(200, bare.status(), bare.toString());
            assertTrue(bare.contentType().startsWith("application/json"), bare.contentType());
            JWK served = JWK.parse(bare.body());
            assertEquals(key.computeThumbprint(), served.computeThumbprint());
            assertEquals(kid, served.getKeyID());
            assertFalse(bare.json().containsKey("d"), "no private part");
        }

        // the generated key: private in the data folder for its owner only, its public half recorded beside it
        Path badgeKeys = IntegrationTestServer.dataFolder().resolve("keys").resolve("badge");
        Path signingKey = badgeKeys.resolve("signing-key.jwk.json");
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), Files.getPosixFilePermissions(signingKey));
        JWK generated = JWK.parse(Files.readString(signingKey));
        assertTrue(generated.isPrivate());
        String id = generated.getKeyID();
        assertTrue(Files.isRegularFile(badgeKeys.resolve("published").resolve(id + ".jwk.json")));
        assertTrue(set.getKeys().stream().anyMatch(key -> key.getKeyID().equals(DEFAULT_BASE + "/api/v1/keys/" + id)));
        // not the key that signs API tokens
        JWK tokenKey = JWK.parse(Files.readString(IntegrationTestServer.dataFolder().resolve("keys").resolve("token-signing-key.jwk.json")));
        assertNotEquals(tokenKey.computeThumbprint(), generated.computeThumbprint());
    }

    @Test
    void theStatusListIsSignedWithThePublishedKeyAndHasTheBitOfARevokedCertificateSet() throws Exception {
        Certificates certificates = twoCertificatesOneRevoked();

        Download list = api().download("api/v1/credentials/status/1");
        assertEquals(200, list.status());
        assertTrue(list.header("Content-Type").orElseThrow().startsWith("application/vc+jwt"), list.headers().toString());
        SignedJWT jwt = SignedJWT.parse(new String(list.body(), StandardCharsets.US_ASCII));

        // the verifier's way: the header's kid is a URL that returns the key
        assertEquals(JWSAlgorithm.RS256, jwt.getHeader().getAlgorithm());
        assertEquals("vc+jwt", jwt.getHeader().getType().getType());
        Reply key = api().get(pathOf(jwt.getHeader().getKeyID()));
        assertEquals(200, key.status(), key.toString());
        assertTrue(jwt.verify(new RSASSAVerifier(RSAKey.parse(key.body()))), "the status list verifies with the published key");

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertEquals(List.of("VerifiableCredential", "BitstringStatusListCredential"), claims.getStringListClaim("type"));
        assertEquals(DEFAULT_BASE + "/api/v1/credentials/status/1", claims.getStringClaim("id"));
        assertEquals(DEFAULT_BASE + "/api/v1/issuer", claims.getIssuer());
        Map<String, Object> subject = claims.getJSONObjectClaim("credentialSubject");
        assertEquals("BitstringStatusList", subject.get("type"));
        assertEquals("revocation", subject.get("statusPurpose"));
        assertEquals(subject.get("id"), claims.getSubject());

        byte[] bits = bitstring((String) subject.get("encodedList"));
        assertTrue(bits.length >= 16 * 1024, "at least 16 KB: " + bits.length);
        assertTrue(isSet(bits, certificates.revoked()), "the revoked certificate " + certificates.revoked() + " is marked");
        assertFalse(isSet(bits, certificates.valid()), "the valid certificate " + certificates.valid() + " is not");

        // revoking the other one shows in the next list
        revoke(certificates.valid());
        SignedJWT next = SignedJWT.parse(new String(api().download("api/v1/credentials/status/1").body(), StandardCharsets.US_ASCII));
        byte[] nextBits = bitstring((String) next.getJWTClaimsSet().getJSONObjectClaim("credentialSubject").get("encodedList"));
        assertTrue(isSet(nextBits, certificates.valid()));
        assertTrue(isSet(nextBits, certificates.revoked()));
    }

    @Test
    void theIssuerProfileIsPublicAndIsTheIssuerTheDocumentsName() {
        Reply profile = api().get("api/v1/issuer");
        assertEquals(200, profile.status(), profile.toString());
        JsonObject json = profile.json();
        assertEquals(DEFAULT_BASE + "/api/v1/issuer", json.getString("id"));
        assertEquals("Profile", json.getJsonArray("type").getString(0));
        assertEquals("PTvT Academy", json.getString("name"));
        assertEquals("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", json.getJsonArray("@context").getString(1));
        assertNotNull(json.getString("email"));
    }

    @Test
    void anUnknownKeyOrListIsANotFoundProblem() {
        assertProblem(api().get("api/v1/keys/no-such-key"), 404, "key.not-found");
        // the list is a JWT, not JSON: asked for as such (Accept: */*), its errors are still problem details
        Download secondList = api().download("api/v1/credentials/status/2");
        assertEquals(404, secondList.status());
        assertTrue(secondList.header("Content-Type").orElseThrow().startsWith("application/problem+json"), secondList.headers().toString());
        assertTrue(new String(secondList.body(), StandardCharsets.UTF_8).contains("\"status-list.not-found\""));
        assertEquals(404, api().download("api/v1/credentials/status/een").status());
        // a client that will take JSON only is told that the list is not JSON
        assertEquals(406, api().get("api/v1/credentials/status/1").status());
    }

    record Certificates(long revoked, long valid) {
    }

    /** A learner and a course made over the API; their certificates written straight into V13's table. */
    private Certificates twoCertificatesOneRevoked() throws Exception {
        String email = ApiClient.uniqueEmail("houder");
        api().registerAndSignIn("Houder Badge", email, PASSWORD);
        ApiClient author = api().registerWithRoles("Auteur", ApiClient.uniqueEmail("auteur"), PASSWORD, "AUTHOR");
        long course = Courses.create(author, Courses.details("Badges " + Courses.tag(), "WORKSHOP", null, "PRIMARY_TEACHER")).getJsonNumber("id").longValue();
        try (Connection db = IntegrationTestServer.openDatabase()) {
            long account = single(db, "SELECT id FROM account WHERE email = '" + email + "'");
            long version = single(db, "SELECT id FROM course_version WHERE course_id = " + course);
            long revoked = insertCertificate(db, account, course, version, "REVOKED", null);
            long valid = insertCertificate(db, account, course, version, "VALID", account + ":" + course);
            return new Certificates(revoked, valid);
        }
    }

    private static long insertCertificate(Connection db, long account, long course, long version, String status, String currentKey) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO certificate (code, account_id, course_id, course_version_id, "
                + "holder_name, course_title, course_version_number, language, completed_on, issued_at, source, status, current_key, "
                + "revoked_at, revocation_reason) VALUES (?, ?, ?, ?, 'Houder Badge', 'Badges', 1, 'nl', CURRENT_DATE, CURRENT_TIMESTAMP(6), "
                + "'MANUAL', ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, UUID.randomUUID().toString().replace("-", ""));
            insert.setLong(2, account);
            insert.setLong(3, course);
            insert.setLong(4, version);
            insert.setString(5, status);
            insert.setString(6, currentKey);
            insert.setObject(7, "REVOKED".equals(status) ? Timestamp.from(Instant.now()) : null);
            insert.setString(8, "REVOKED".equals(status) ? "Test" : null);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                assertTrue(keys.next());
                return keys.getLong(1);
            }
        }
    }

    private static void revoke(long certificate) throws Exception {
        try (Connection db = IntegrationTestServer.openDatabase();
             PreparedStatement update = db.prepareStatement("UPDATE certificate SET status = 'REVOKED', current_key = NULL, "
                     + "revoked_at = CURRENT_TIMESTAMP(6), revocation_reason = 'Test' WHERE id = ?")) {
            update.setLong(1, certificate);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static long single(Connection db, String query) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            assertTrue(rows.next(), query);
            long value = rows.getLong(1);
            assertFalse(rows.next(), "one row: " + query);
            return value;
        }
    }

    /** Decoded as the W3C Bitstring Status List says: multibase 'u', base64url, GZIP. */
    private static byte[] bitstring(String encodedList) throws Exception {
        assertTrue(encodedList.startsWith("u"), encodedList);
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encodedList.substring(1))))) {
            return gzip.readAllBytes();
        }
    }

    /** Index 0 is the left-most bit of the first byte. */
    private static boolean isSet(byte[] bits, long index) {
        return (bits[(int) (index / 8)] & (0x80 >>> (index % 8))) != 0;
    }
}
