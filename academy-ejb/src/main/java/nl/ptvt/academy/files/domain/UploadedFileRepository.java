package nl.ptvt.academy.files.domain;

import java.util.Optional;

public interface UploadedFileRepository {

    Optional<UploadedFile> findById(long id);

    UploadedFile add(UploadedFile file);
}
