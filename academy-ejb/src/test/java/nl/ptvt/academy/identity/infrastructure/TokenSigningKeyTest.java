package nl.ptvt.academy.identity.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenSigningKeyTest {

    @TempDir
    Path dataFolder;

    @Test
    void isGeneratedOnceAndKeptForTheNextStart() throws Exception {
        Path file = dataFolder.resolve("keys").resolve("token-signing-key.jwk.json");
        RSAKey first = TokenSigningKey.loadOrGenerate(file);
        RSAKey second = TokenSigningKey.loadOrGenerate(file);

        assertTrue(first.isPrivate());
        assertEquals(2048, first.size());
        assertEquals(first.getKeyID(), second.getKeyID());
        assertEquals(first.toPublicJWK(), second.toPublicJWK());
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), Files.getPosixFilePermissions(file));
    }

    @Test
    void aConfiguredKeyMustBePrivate() {
        RSAKey generated = TokenSigningKey.loadOrGenerate(dataFolder.resolve("k.json"));
        assertEquals(generated.getKeyID(), TokenSigningKey.parse(generated.toJSONString()).getKeyID());
        assertThrows(IllegalStateException.class, () -> TokenSigningKey.parse(generated.toPublicJWK().toJSONString()));
        assertThrows(IllegalStateException.class, () -> TokenSigningKey.parse("not json"));
    }
}
