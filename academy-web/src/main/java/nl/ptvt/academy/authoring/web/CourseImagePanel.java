package nl.ptvt.academy.authoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.ptvt.academy.files.UploadedFileView;
import nl.ptvt.academy.files.Uploads;
import nl.ptvt.academy.shared.web.Messages;
import nl.ptvt.academy.shared.web.Texts;
import org.primefaces.event.FileUploadEvent;

/**
 * The course's picture in the editor's details form: an upload stored at once, kept in the form with its
 * alternative text and saved with the other details (the service accepts only PNG and JPEG files as a picture).
 */
@Named
@ViewScoped
public class CourseImagePanel implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The upload input in the details form. */
    static final String INPUT = "image";

    @Inject
    CourseEditorPage editor;

    @Inject
    Uploads uploads;

    public void upload(FileUploadEvent event) {
        String input = CourseEditorPage.DETAILS_FORM + ":" + INPUT;
        FileUploads.store(uploads, event, input).ifPresent(stored -> {
            editor.getDetails().setImageFileId(stored.id());
            Messages.info(input, Texts.text("editor.image.uploaded", stored.name()));
        });
    }

    /** Takes the picture out of the form; saving the details then removes it from the draft. */
    public void remove() {
        editor.getDetails().setImageFileId(null);
        editor.getDetails().setImageAlt(null);
        Messages.info(CourseEditorPage.DETAILS_FORM + ":" + INPUT, Texts.text("editor.image.removed"));
    }

    public boolean isPresent() {
        return editor.getDetails() != null && editor.getDetails().getImageFileId() != null;
    }

    /** Where the browser loads the picture from, relative to the context path. */
    public String getUrl() {
        return isPresent() ? UploadedFileView.urlOf(editor.getDetails().getImageFileId()) : null;
    }
}
