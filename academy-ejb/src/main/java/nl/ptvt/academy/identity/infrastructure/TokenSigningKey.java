package nl.ptvt.academy.identity.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;
import java.util.logging.Logger;
import nl.ptvt.academy.shared.infrastructure.AcademySettings;

/**
 * The RSA key that signs the API's bearer tokens: from {@code ACADEMY_TOKEN_SIGNING_KEY} (a private RSA JWK in
 * JSON) when set, otherwise generated once into the data folder and kept there, so tokens survive a restart.
 */
@ApplicationScoped
public class TokenSigningKey {

    private static final Logger LOG = Logger.getLogger(TokenSigningKey.class.getName());

    @Inject
    AcademySettings settings;

    private RSAKey key;

    @PostConstruct
    void load() {
        key = settings.tokenSigningKey().map(TokenSigningKey::parse)
                .orElseGet(() -> loadOrGenerate(settings.dataFolder().resolve("keys").resolve("token-signing-key.jwk.json")));
    }

    public RSAKey key() {
        return key;
    }

    static RSAKey loadOrGenerate(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                RSAKey generated = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                        .keyID(UUID.randomUUID().toString()).generate();
                try {
                    // CREATE_NEW: when two instances share the folder, the first one's key wins.
                    Files.writeString(file, generated.toJSONString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    restrictToOwner(file);
                    LOG.info(() -> "Generated a new token signing key in " + file);
                } catch (FileAlreadyExistsException someoneElseWasFirst) {
                    // fall through and read theirs
                }
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the token signing key " + file, e);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a token signing key", e);
        }
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            LOG.warning(() -> "Could not restrict the permissions of " + file + ": " + e.getMessage());
        }
    }

    static RSAKey parse(String json) {
        try {
            RSAKey parsed = RSAKey.parse(json);
            if (!parsed.isPrivate()) {
                throw new IllegalStateException("The token signing key must be a private RSA key");
            }
            return parsed;
        } catch (ParseException e) {
            throw new IllegalStateException("The token signing key is not a valid RSA JWK", e);
        }
    }
}
