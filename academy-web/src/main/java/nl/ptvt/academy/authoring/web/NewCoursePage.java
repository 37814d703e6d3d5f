package nl.ptvt.academy.authoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.ptvt.academy.authoring.CourseAuthoring;
import nl.ptvt.academy.authoring.CourseDetails;
import nl.ptvt.academy.catalogue.CourseDetail;
import nl.ptvt.academy.shared.AcademyException;
import nl.ptvt.academy.shared.web.CommandValidation;
import nl.ptvt.academy.shared.web.Messages;
import nl.ptvt.academy.shared.web.Texts;

/** A new course: its details first; saving makes a draft (version 1) and opens it in the editor. */
@Named
@ViewScoped
public class NewCoursePage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "course";

    @Inject
    CourseAuthoring authoring;

    @Inject
    CommandValidation validation;

    private final CourseDetailsForm details = new CourseDetailsForm();

    public String create() {
        CourseDetails command = details.toCommand(FORM);
        if (command == null || !validation.validate(command, FORM)) {
            return null;
        }
        try {
            CourseDetail created = authoring.create(command);
            Messages.info(null, Texts.text("editor.course.created", created.title()));
            Messages.keepForRedirect();
            return "/auteur/cursus?faces-redirect=true&id=" + created.id();
        } catch (AcademyException e) {
            Messages.error("course.unknown-theme".equals(e.code()) ? FORM + ":theme" : null, e);
            return null;
        }
    }

    public CourseDetailsForm getDetails() {
        return details;
    }
}
