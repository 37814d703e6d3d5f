package nl.ptvt.academy.files.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import nl.ptvt.academy.files.domain.UploadPolicy;
import nl.ptvt.academy.shared.infrastructure.AcademySettings;

/**
 * The bytes of uploaded files, in {@code ACADEMY_DATA_DIR/files/<storage key>}. An upload is first streamed to a
 * temporary file in the same folder (never held in memory, and cut off as soon as it passes the size limit), and
 * only moved to its key once it was accepted.
 */
@ApplicationScoped
public class FileStorage {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BUFFER = 64 * 1024;

    @Inject
    protected AcademySettings settings;

    /** A received upload waiting for its verdict. */
    public record Incoming(Path path, long size, String sha256) {
    }

    public Incoming receive(InputStream content, UploadPolicy policy) throws IOException {
        Path folder = folder();
        Path temporary = Files.createTempFile(folder, ".upload-", ".part");
        boolean received = false;
        try (OutputStream out = Files.newOutputStream(temporary)) {
            MessageDigest sha256 = sha256();
            byte[] buffer = new byte[BUFFER];
            long size = 0;
            int read;
            while ((read = content.read(buffer)) != -1) {
                size += read;
                policy.checkSize(size);
                sha256.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
            received = true;
            return new Incoming(temporary, size, HexFormat.of().formatHex(sha256.digest()));
        } finally {
            if (!received) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** A new random key: 32 hexadecimal characters that say nothing about the file. */
    public String newKey() {
        byte[] key = new byte[16];
        RANDOM.nextBytes(key);
        return HexFormat.of().formatHex(key);
    }

    public void keep(Incoming incoming, String storageKey) throws IOException {
        Files.move(incoming.path(), folder().resolve(storageKey), StandardCopyOption.ATOMIC_MOVE);
    }

    public void discard(Incoming incoming) throws IOException {
        Files.deleteIfExists(incoming.path());
    }

    /** The stored file, when it is (still) there. */
    public Optional<Path> find(String storageKey) {
        Path folder = settings.dataFolder().resolve("files");
        Path file = folder.resolve(storageKey).normalize();
        return folder.equals(file.getParent()) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private Path folder() throws IOException {
        return Files.createDirectories(settings.dataFolder().resolve("files"));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
