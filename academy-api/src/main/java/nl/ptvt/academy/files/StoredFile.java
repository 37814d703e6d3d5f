package nl.ptvt.academy.files;

import java.io.IOException;
import java.io.InputStream;

/** An uploaded file ready to be sent: its description and a way to read its bytes (the caller closes the stream). */
public record StoredFile(UploadedFileView file, Content content) {

    /** Opens the file's bytes; each call gives a new stream. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
