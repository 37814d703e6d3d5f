package nl.ptvt.academy.files.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.ptvt.academy.files.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The type comes from the bytes: a name can narrow a container down, but never make HTML or a program a PDF. */
class TikaContentTypeDetectorTest {

    @TempDir
    Path folder;

    private final TikaContentTypeDetector detector = new TikaContentTypeDetector();

    private String detect(byte[] bytes, String name) throws IOException {
        Path file = Files.write(folder.resolve("upload.part"), bytes);
        return detector.detect(file, name);
    }

    @Test
    void recognisesAllowedTypesFromTheirBytes() throws IOException {
        assertEquals("application/pdf", detect(Samples.pdf(), "checklist.pdf"));
        assertEquals("application/pdf", detect(Samples.pdf(), "checklist.png"), "the bytes win over the name");
        assertEquals("image/png", detect(Samples.png(), "logo.png"));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", detect(Samples.docx(), "brief.docx"));
    }

    @Test
    void aRenamedFileKeepsItsRealType() throws IOException {
        assertEquals("text/html", detect(Samples.html(), "x.pdf"));
        assertEquals("application/x-msdownload", detect(Samples.executable(), "checklist.pdf"));
        assertEquals("application/octet-stream", detect(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, "checklist.pdf"),
                "bytes nobody recognises do not become a PDF by their name");
    }
}
