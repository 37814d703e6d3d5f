package nl.ptvt.academy.certification.badge;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The badge keys in the data folder ({@code ACADEMY_DATA_DIR/keys/badge}):
 * <ul>
 *   <li>{@code signing-key.jwk.json}: the generated private key, readable by the owner only; used when
 *       {@code ACADEMY_BADGE_SIGNING_KEY} is not set;</li>
 *   <li>{@code published/{id}.jwk.json}: the public half of every key that has ever signed here. A key is recorded
 *       before it signs anything, so a credential never names a key that is not published, and rotating the signing
 *       key leaves the former ones published. Deleting a file withdraws that key: what it signed no longer verifies.</li>
 * </ul>
 */
final class BadgeKeyFolder {

    private static final Logger LOG = Logger.getLogger(BadgeKeyFolder.class.getName());
    private static final String SUFFIX = ".jwk.json";

    private final Path folder;

    BadgeKeyFolder(Path folder) {
        this.folder = folder;
    }

    Path generatedKeyFile() {
        return folder.resolve("signing-key" + SUFFIX);
    }

    Path publishedFolder() {
        return folder.resolve("published");
    }

    /** The generated key, made on the first start; when instances share the folder, the first one's key wins. */
    BadgeSigningKey loadOrGenerate() {
        Path file = generatedKeyFile();
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(folder);
                RSAKey generated = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                        .keyIDFromThumbprint(true).generate();
                try {
                    Files.writeString(file, generated.toJSONString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    restrictToOwner(file);
                    LOG.info(() -> "Generated a new badge signing key " + generated.getKeyID() + " in " + file);
                } catch (FileAlreadyExistsException someoneElseWasFirst) {
                    // read theirs below
                }
            }
            return BadgeSigningKey.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the badge signing key " + file, e);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a badge signing key", e);
        }
    }

    /** Publishes the key's public half under its id, unless it is there already; another key under that id is an error. */
    void publish(BadgeSigningKey key) {
        Path file = publishedFolder().resolve(key.id() + SUFFIX);
        JWK publicKey = key.publicKey();
        try {
            Files.createDirectories(publishedFolder());
            if (!Files.exists(file)) {
                try {
                    Files.writeString(file, publicKey.toJSONString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    LOG.info(() -> "Published the badge signing key " + key.id() + " in " + file);
                    return;
                } catch (FileAlreadyExistsException anotherInstanceWasFirst) {
                    // compare below
                }
            }
            JWK recorded = JWK.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!recorded.computeThumbprint().equals(publicKey.computeThumbprint())) {
                throw new IllegalStateException("Another public key is already published under the badge key id " + key.id()
                        + " (" + file + "): give the new signing key another kid");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot publish the badge signing key in " + file, e);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("The published badge key " + file + " is not a valid JWK", e);
        }
    }

    /** The public keys in the published folder, by file name (the id), skipping files that are not public JWKs. */
    List<PublishedKey> published() {
        Path published = publishedFolder();
        if (!Files.isDirectory(published)) {
            return List.of();
        }
        List<PublishedKey> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(published)) {
            for (Path file : files.filter(path -> path.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                String name = file.getFileName().toString();
                String id = name.substring(0, name.length() - SUFFIX.length());
                readPublicKey(file).filter(key -> BadgeSigningKey.ID.matcher(id).matches())
                        .ifPresent(key -> keys.add(new PublishedKey(id, key)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the published badge keys in " + published, e);
        }
        return keys;
    }

    private static Optional<JWK> readPublicKey(Path file) {
        try {
            JWK key = JWK.parse(Files.readString(file, StandardCharsets.UTF_8));
            // a private key put here by mistake is never served: only its public half
            return Optional.of(key.toPublicJWK());
        } catch (IOException | ParseException e) {
            LOG.warning(() -> "Skipping " + file + ", not a readable JWK: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            LOG.warning(() -> "Could not restrict the permissions of " + file + ": " + e.getMessage());
        }
    }

    record PublishedKey(String id, JWK publicKey) {
    }
}
