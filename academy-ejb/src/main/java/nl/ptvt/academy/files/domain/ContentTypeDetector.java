package nl.ptvt.academy.files.domain;

import java.io.IOException;
import java.nio.file.Path;

/** Tells a file's type from its bytes; the name may only refine what the bytes say (a ZIP that is a .docx). */
public interface ContentTypeDetector {

    /**
     * @param file the bytes, stored under a name of no meaning
     * @param name the uploader's file name
     * @return a media type without parameters; {@code application/octet-stream} when the bytes are not recognised
     */
    String detect(Path file, String name) throws IOException;
}
