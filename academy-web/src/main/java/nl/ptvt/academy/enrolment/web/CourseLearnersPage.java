package nl.ptvt.academy.enrolment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ptvt.academy.catalogue.Catalogue;
import nl.ptvt.academy.catalogue.CourseDetail;
import nl.ptvt.academy.enrolment.ReportFilter;
import nl.ptvt.academy.shared.AcademyException;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.web.ErrorPages;

/**
 * {@code /auteur/deelnemers?cursus=…}: every learner of a course with their progress and completion, for the course's
 * authors and the administrators (another author gets 403), filtered and paged in the database, with a CSV export.
 */
@Named
@ViewScoped
public class CourseLearnersPage extends LearnerReportPage {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalogue catalogue;

    private Long courseId;
    private CourseDetail course;

    /** The view action: the course, and whether the caller may see its learners (one row asked, to be refused early). */
    public void load() {
        if (courseId == null) {
            ErrorPages.refuse(new ResourceNotFoundException("course.not-found", "No course id"));
            return;
        }
        try {
            course = catalogue.course(courseId);
            reports.course(courseId, ReportFilter.everyone(), new PageRequest(0, 1));
        } catch (AcademyException e) {
            ErrorPages.refuse(e);
        }
    }

    @Override
    protected long reportedCourse() {
        return courseId;
    }

    @Override
    protected Long reportedOrganisation() {
        return null;
    }

    @Override
    protected String csvPath() {
        return "/auteur/deelnemers.csv";
    }

    public CourseDetail getCourse() {
        return course;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }
}
