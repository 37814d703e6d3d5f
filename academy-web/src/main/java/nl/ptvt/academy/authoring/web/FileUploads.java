package nl.ptvt.academy.authoring.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.ptvt.academy.files.UploadedFileView;
import nl.ptvt.academy.files.Uploads;
import nl.ptvt.academy.shared.AcademyException;
import nl.ptvt.academy.shared.web.Messages;
import nl.ptvt.academy.shared.web.Texts;
import org.primefaces.event.FileUploadEvent;

/** Hands a p:fileUpload's file to the upload service (type and size are checked there); a refusal becomes a message. */
final class FileUploads {

    private static final Logger LOG = Logger.getLogger(FileUploads.class.getName());

    private FileUploads() {
    }

    /** @param inputClientId the upload input, where a refusal is shown */
    static Optional<UploadedFileView> store(Uploads uploads, FileUploadEvent event, String inputClientId) {
        try (InputStream content = event.getFile().getInputStream()) {
            return Optional.of(uploads.store(event.getFile().getFileName(), content));
        } catch (AcademyException e) {
            Messages.error(inputClientId, e);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not read an uploaded file", e);
            Messages.error(inputClientId, Texts.text("editor.lesson.file.failed"));
        }
        return Optional.empty();
    }
}
