package nl.ptvt.academy.files.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.ptvt.academy.files.Samples;
import nl.ptvt.academy.files.domain.UploadPolicy;
import nl.ptvt.academy.shared.BusinessRuleException;
import nl.ptvt.academy.shared.infrastructure.AcademySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStorageTest {

    @TempDir
    Path dataFolder;

    private FileStorage storage() {
        FileStorage storage = new FileStorage();
        storage.settings = new AcademySettings() {
            @Override
            public Path dataFolder() {
                return dataFolder;
            }
        };
        return storage;
    }

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void anAcceptedUploadIsHashedAndMovedToItsRandomKey() throws IOException {
        FileStorage storage = storage();
        FileStorage.Incoming incoming = storage.receive(new ByteArrayInputStream(Samples.pdf()), UploadPolicy.ofMegabytes(1));
        assertEquals(Samples.pdf().length, incoming.size());
        assertEquals(64, incoming.sha256().length());

        String key = storage.newKey();
        assertTrue(key.matches("[0-9a-f]{32}"));
        storage.keep(incoming, key);
        assertTrue(storage.find(key).isPresent());
        assertEquals(1, filesIn(dataFolder.resolve("files")), "no temporary file is left behind");
        assertFalse(storage.find("../" + key).isPresent());
        assertFalse(storage.find("unknown").isPresent());
    }

    @Test
    void readingStopsJustPastTheLimitAndLeavesNothingBehind() throws IOException {
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 'x';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                read[0] += length;
                return length;
            }
        };
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> storage().receive(endless, UploadPolicy.ofMegabytes(1)));
        assertEquals("file.too-large", refused.code());
        assertTrue(read[0] < 2L * 1024 * 1024, "read " + read[0] + " bytes");
        assertEquals(0, filesIn(dataFolder.resolve("files")));
    }
}
