package nl.ptvt.academy.files;

import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.util.Optional;

/** Storing uploaded files (authors and administrators) and handing them out again (everyone). */
public interface Uploads {

    /**
     * Reads the content up to the size limit, detects its type from the bytes and stores it under a random key.
     *
     * @param originalName the name the uploader gave the file; kept for the download, never used as a path
     * @throws nl.ptvt.academy.shared.BusinessRuleException {@code file.too-large} over the limit,
     *                                                      {@code file.type-not-allowed} for a type outside the allow-list
     */
    UploadedFileView store(String originalName, @NotNull InputStream content);

    /** The file's description, when the id is known. */
    Optional<UploadedFileView> find(long fileId);

    /** The file with its bytes; empty for an unknown id and for a file that is gone from the data folder. */
    Optional<StoredFile> open(long fileId);
}
