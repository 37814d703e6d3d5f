package nl.ptvt.academy.files.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Optional;
import nl.ptvt.academy.files.StoredFile;
import nl.ptvt.academy.files.UploadedFileView;
import nl.ptvt.academy.files.Uploads;
import nl.ptvt.academy.files.domain.ContentTypeDetector;
import nl.ptvt.academy.files.domain.FileNames;
import nl.ptvt.academy.files.domain.UploadPolicy;
import nl.ptvt.academy.files.domain.UploadedFile;
import nl.ptvt.academy.files.domain.UploadedFileRepository;
import nl.ptvt.academy.files.infrastructure.FileStorage;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.shared.infrastructure.AcademySettings;
import nl.ptvt.academy.shared.infrastructure.CurrentCaller;

/**
 * Receives an upload (streamed to disk, cut off at the limit), checks the type its bytes show, and only then
 * gives it a row and its place under a random key. Downloads are open to everyone: the material of FILE lessons
 * belongs to the public course pages.
 */
@Stateless
public class UploadService implements Uploads {

    @Inject
    UploadedFileRepository files;

    @Inject
    FileStorage storage;

    @Inject
    ContentTypeDetector detector;

    @Inject
    AcademySettings settings;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Override
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public UploadedFileView store(String originalName, InputStream content) {
        UploadPolicy policy = UploadPolicy.ofMegabytes(settings.uploadMaxMegabytes());
        String name = FileNames.display(originalName);
        try {
            FileStorage.Incoming incoming = storage.receive(content, policy);
            try {
                String type = detector.detect(incoming.path(), name);
                policy.checkType(type);
                // the row first: when the move fails, the transaction rolls back and nothing refers to a missing file
                UploadedFile file = files.add(new UploadedFile(storage.newKey(), name, type, incoming.size(),
                        incoming.sha256(), caller.requireAccountId(), clock.instant()));
                storage.keep(incoming, file.storageKey());
                return view(file);
            } finally {
                storage.discard(incoming);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the upload " + name, e);
        }
    }

    @Override
    @PermitAll
    public Optional<UploadedFileView> find(long fileId) {
        return files.findById(fileId).map(UploadService::view);
    }

    @Override
    @PermitAll
    public Optional<StoredFile> open(long fileId) {
        return files.findById(fileId).flatMap(file -> storage.find(file.storageKey())
                .map(path -> new StoredFile(view(file), () -> Files.newInputStream(path))));
    }

    private static UploadedFileView view(UploadedFile file) {
        return new UploadedFileView(file.id(), file.originalName(), file.contentType(), file.sizeBytes());
    }
}
