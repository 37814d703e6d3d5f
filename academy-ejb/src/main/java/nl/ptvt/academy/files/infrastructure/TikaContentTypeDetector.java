package nl.ptvt.academy.files.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.ptvt.academy.files.domain.ContentTypeDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Apache Tika's magic-number detection. The bytes are read twice: once alone, and once with the file name as a
 * hint. Tika only lets a name narrow down what the bytes say (a ZIP container to a .docx, an OLE2 container to a
 * .ppt); but when the bytes match nothing at all it would trust the name, so unrecognised bytes stay
 * {@code application/octet-stream} whatever they are called.
 */
@ApplicationScoped
public class TikaContentTypeDetector implements ContentTypeDetector {

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    @Override
    public String detect(Path file, String name) throws IOException {
        MediaType fromBytes = detect(file, new Metadata());
        if (MediaType.OCTET_STREAM.equals(fromBytes)) {
            return fromBytes.toString();
        }
        Metadata named = new Metadata();
        if (name != null) {
            named.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        return detect(file, named).getBaseType().toString();
    }

    private static MediaType detect(Path file, Metadata metadata) throws IOException {
        try (InputStream in = TikaInputStream.get(Files.newInputStream(file))) {
            return TYPES.detect(in, metadata).getBaseType();
        }
    }
}
