package nl.ptvt.academy.enrolment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.ptvt.academy.enrolment.CourseProgressCount;
import nl.ptvt.academy.organisation.OrganisationView;
import nl.ptvt.academy.shared.AcademyException;
import nl.ptvt.academy.shared.web.CurrentUser;
import nl.ptvt.academy.shared.web.Messages;

/**
 * {@code /coordinator/voortgang}: per course, how many people of the coordinator's organisation wait, learn, have
 * completed or left, and their average progress; a course opens the list of those people with their progress (and
 * its CSV export). An administrator chooses the organisation; a coordinator sees their own.
 */
@Named
@ViewScoped
public class CoordinatorProgressPage extends LearnerReportPage {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    /** For an administrator: the organisation picked; a coordinator's own organisation is fixed. */
    private OrganisationView chosen;
    private Long organisationId;
    private String organisationName;
    private List<CourseProgressCount> courses = List.of();
    private CourseProgressCount course;

    @PostConstruct
    void init() {
        organisationId = currentUser.getOrganisationId();
        organisationName = currentUser.getOrganisationName();
        loadCourses();
    }

    /** An administrator looks at another organisation. */
    public void choose() {
        if (chosen != null) {
            organisationId = chosen.id();
            organisationName = chosen.name();
            course = null;
            loadCourses();
        }
    }

    private void loadCourses() {
        courses = List.of();
        if (organisationId == null) {
            return;
        }
        try {
            courses = reports.organisation(organisationId);
        } catch (AcademyException e) {
            Messages.error(null, e);
        }
    }

    /** Drill down: the people of the organisation in one course. */
    public void open(CourseProgressCount count) {
        course = count;
        setStatus(null);
        setQuery(null);
        search();
    }

    /** Administrators may pick any organisation; a coordinator acts for their own only. */
    public boolean isMayChoose() {
        return currentUser.isAdmin();
    }

    @Override
    protected long reportedCourse() {
        return course.courseId();
    }

    @Override
    protected Long reportedOrganisation() {
        return organisationId;
    }

    @Override
    protected String csvPath() {
        return "/coordinator/deelnemers.csv";
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public List<CourseProgressCount> getCourses() {
        return courses;
    }

    public CourseProgressCount getCourse() {
        return course;
    }

    public OrganisationView getChosen() {
        return chosen;
    }

    public void setChosen(OrganisationView chosen) {
        this.chosen = chosen;
    }
}
