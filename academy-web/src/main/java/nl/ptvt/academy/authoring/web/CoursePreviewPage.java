package nl.ptvt.academy.authoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.ptvt.academy.catalogue.Catalogue;
import nl.ptvt.academy.catalogue.CourseDetail;
import nl.ptvt.academy.catalogue.QuestionKind;
import nl.ptvt.academy.shared.AcademyException;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.web.ErrorPages;

/**
 * "Voorbeeld als deelnemer": the course as a learner will see it, from the version its authors work on (the draft
 * when there is one). The catalogue gives quiz questions without their answers, so none can be shown.
 */
@Named
@ViewScoped
public class CoursePreviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalogue catalogue;

    private Long id;
    private CourseDetail course;

    public void load() {
        if (id == null) {
            ErrorPages.refuse(new ResourceNotFoundException("course.not-found", "No course id"));
            return;
        }
        try {
            course = catalogue.course(id);
        } catch (AcademyException e) {
            ErrorPages.refuse(e);
        }
    }

    /** A question with one right answer is shown with radio buttons, the others with checkboxes. */
    public String inputType(CourseDetail.QuestionView question) {
        return question.kind() == QuestionKind.MULTIPLE ? "checkbox" : "radio";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CourseDetail getCourse() {
        return course;
    }
}
