package nl.ptvt.academy.certification.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadgeSigningKeyTest {

    @TempDir
    Path keys;

    @Test
    void aGeneratedKeyIsRs256KeptForTheNextStartAndReadableByTheOwnerOnly() throws Exception {
        BadgeKeyFolder folder = new BadgeKeyFolder(keys);
        BadgeSigningKey first = folder.loadOrGenerate();
        BadgeSigningKey second = new BadgeKeyFolder(keys).loadOrGenerate();

        assertEquals(JWSAlgorithm.RS256, first.algorithm());
        assertEquals(2048, ((RSAKey) first.privateKey()).size());
        assertEquals(first.id(), second.id());
        assertEquals(first.publicKey(), second.publicKey());
        // the id is the key's RFC 7638 thumbprint: base64url, fit for a URL path
        assertEquals(first.privateKey().computeThumbprint().toString(), first.id());
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(folder.generatedKeyFile()));
    }

    @Test
    void aConfiguredKeyKeepsItsKidAndMayBeEs256() throws Exception {
        ECKey ec = new ECKeyGenerator(Curve.P_256).keyID("badge-2027").generate();
        BadgeSigningKey key = BadgeSigningKey.parse(ec.toJSONString());
        assertEquals("badge-2027", key.id());
        assertEquals(JWSAlgorithm.ES256, key.algorithm());

        RSAKey rsaWithAUrlAsKid = new RSAKeyGenerator(2048).keyID("https://elders.example/keys/1").generate();
        assertEquals(rsaWithAUrlAsKid.computeThumbprint().toString(), BadgeSigningKey.parse(rsaWithAUrlAsKid.toJSONString()).id());
    }

    @Test
    void refusesKeysThatValidatorsRefuseAndPublicKeys() throws Exception {
        // RFC 8037, appendix A.1 (generating one needs Tink, which the Academy does not ship)
        String ed25519 = "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"d\":\"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A\","
                + "\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"}";
        IllegalStateException eddsa = assertThrows(IllegalStateException.class, () -> BadgeSigningKey.parse(ed25519));
        assertTrue(eddsa.getMessage().contains("EdDSA"), eddsa.getMessage());
        String p384 = new ECKeyGenerator(Curve.P_384).generate().toJSONString();
        assertThrows(IllegalStateException.class, () -> BadgeSigningKey.parse(p384));
        String rsa1024 = new RSAKeyGenerator(1024, true).generate().toJSONString();
        assertThrows(IllegalStateException.class, () -> BadgeSigningKey.parse(rsa1024));
        String rsaPublic = new RSAKeyGenerator(2048).generate().toPublicJWK().toJSONString();
        assertThrows(IllegalStateException.class, () -> BadgeSigningKey.parse(rsaPublic));
        String declaredPs256 = new RSAKeyGenerator(2048).algorithm(JWSAlgorithm.PS256).generate().toJSONString();
        assertThrows(IllegalStateException.class, () -> BadgeSigningKey.parse(declaredPs256));
        assertThrows(IllegalStateException.class, () -> BadgeSigningKey.parse("{not a key"));
    }

    @Test
    void rotatingKeepsTheFormerKeysPublishedWithTheirPublicHalfOnly() throws Exception {
        BadgeKeyFolder folder = new BadgeKeyFolder(keys);
        BadgeSigningKey first = folder.loadOrGenerate();
        folder.publish(first);
        // the operator's rotation: take the generated key away and start again
        Files.move(folder.generatedKeyFile(), keys.resolve("retired.json"));
        BadgeSigningKey second = folder.loadOrGenerate();
        folder.publish(second);
        folder.publish(second); // every start publishes again: no harm

        assertNotEquals(first.id(), second.id());
        List<BadgeKeyFolder.PublishedKey> published = folder.published();
        assertEquals(Set.of(first.id(), second.id()), Set.copyOf(published.stream().map(BadgeKeyFolder.PublishedKey::id).toList()));
        for (BadgeKeyFolder.PublishedKey key : published) {
            assertFalse(key.publicKey().isPrivate(), key.id());
        }
        for (Path file : Files.list(folder.publishedFolder()).toList()) {
            assertFalse(JWK.parse(Files.readString(file)).isPrivate(), "only public halves are written: " + file);
        }
    }

    @Test
    void anotherKeyUnderAPublishedIdIsRefused() throws Exception {
        BadgeKeyFolder folder = new BadgeKeyFolder(keys);
        folder.publish(BadgeSigningKey.parse(new RSAKeyGenerator(2048).keyID("k1").generate().toJSONString()));
        BadgeSigningKey impostor = BadgeSigningKey.parse(new RSAKeyGenerator(2048).keyID("k1").generate().toJSONString());
        assertThrows(IllegalStateException.class, () -> folder.publish(impostor));
    }

    @Test
    void aPrivateKeyDroppedIntoThePublishedFolderIsServedAsItsPublicHalf() throws Exception {
        BadgeKeyFolder folder = new BadgeKeyFolder(keys);
        Files.createDirectories(folder.publishedFolder());
        RSAKey dropped = new RSAKeyGenerator(2048).generate();
        Files.writeString(folder.publishedFolder().resolve("dropped.jwk.json"), dropped.toJSONString());
        Files.writeString(folder.publishedFolder().resolve("broken.jwk.json"), "{");

        List<BadgeKeyFolder.PublishedKey> published = folder.published();
        assertEquals(1, published.size());
        assertEquals("dropped", published.get(0).id());
        assertEquals(dropped.toPublicJWK(), published.get(0).publicKey());
    }

    @Test
    void aServedKeyCarriesItsUrlAsKid() throws Exception {
        JWK key = new RSAKeyGenerator(2048).keyID("abc").generate().toPublicJWK();
        JWK named = BadgeKeys.named(key, "https://academy.example/api/v1/keys/abc");
        assertEquals("https://academy.example/api/v1/keys/abc", named.getKeyID());
        assertEquals(key.computeThumbprint(), named.computeThumbprint());
    }
}
