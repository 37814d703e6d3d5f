package nl.ptvt.academy.enrolment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import nl.ptvt.academy.catalogue.CourseDetail;
import nl.ptvt.academy.catalogue.CourseFormat;
import nl.ptvt.academy.catalogue.CourseStatus;
import nl.ptvt.academy.enrolment.EnrolmentResult;
import nl.ptvt.academy.enrolment.EnrolmentStatus;
import nl.ptvt.academy.enrolment.EnrolmentView;
import nl.ptvt.academy.enrolment.Enrolments;
import nl.ptvt.academy.shared.AcademyException;
import nl.ptvt.academy.shared.security.ReturnAddress;
import nl.ptvt.academy.shared.web.CurrentUser;
import nl.ptvt.academy.shared.web.Messages;
import nl.ptvt.academy.shared.web.Texts;

/**
 * The enrolment part of a course's page ({@code /cursus/{slug}}): "Inschrijven" for a published e-learning course,
 * and once enrolled where the learner stands ("Verder leren", waiting for approval, refused, "Afgerond") and
 * "Uitschrijven". A visitor
 * who is not signed in is offered the login and the registration, both of which return to the course's page.
 */
@Named("courseEnrolment")
@ViewScoped
public class CourseEnrolmentPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Enrolments enrolments;

    @Inject
    CurrentUser currentUser;

    private Long courseId;
    private EnrolmentView enrolment;

    /** Only a published e-learning course is followed online; the other formats are booked per session. */
    public boolean offered(CourseDetail course) {
        return course != null && course.format() == CourseFormat.E_LEARNING && course.status() == CourseStatus.PUBLISHED;
    }

    /** The signed-in person's enrolment in the course, read once per view; null when there is none. */
    public EnrolmentView mine(CourseDetail course) {
        if (course == null || !currentUser.isSignedIn()) {
            return null;
        }
        if (courseId == null || courseId != course.id()) {
            Optional<EnrolmentView> found = enrolments.mineInCourse(course.id());
            enrolment = found.orElse(null);
            courseId = course.id();
        }
        return enrolment;
    }

    /** {@code terug=<the course's page>} for the login and registration pages, which come back here. */
    public String returnParameter(CourseDetail course) {
        return ReturnAddress.asParameter("/cursus/" + course.slug()).orElseThrow();
    }

    /** Whether the person may (again) ask to enrol: never enrolled, or withdrawn (also after a refusal). */
    public boolean canEnrol(CourseDetail course) {
        EnrolmentView mine = mine(course);
        return mine == null || mine.status() == EnrolmentStatus.WITHDRAWN;
    }

    /** A refusal that is the last word on the enrolment: shown with the approver's reason. */
    public boolean refused(CourseDetail course) {
        EnrolmentView mine = mine(course);
        return mine != null && mine.status() == EnrolmentStatus.WITHDRAWN && mine.decision() != null
                && !mine.decision().approved();
    }

    /**
     * One click: an open course starts at once in the lesson player; a course with approval shows that the request
     * waits. A double click or a second tab finds the same enrolment (the service is idempotent).
     */
    public String enrol(CourseDetail course) {
        try {
            EnrolmentResult result = enrolments.enrolMe(course.id());
            enrolment = result.enrolment();
            courseId = course.id();
        } catch (AcademyException e) {
            Messages.error(null, e);
            return null;
        }
        Messages.keepForRedirect();
        if (enrolment.status() == EnrolmentStatus.PENDING) {
            Messages.info(null, Texts.text("enrolment.pending.sent"));
            return LearningAddresses.coursePage(course.slug());
        }
        Messages.info(null, Texts.text("enrolment.welcome"));
        return LearningAddresses.player(enrolment.id(), null);
    }

    /** "Uitschrijven" (while waiting or learning); the progress is kept for when the learner enrols again. */
    public String withdraw(CourseDetail course) {
        EnrolmentView mine = mine(course);
        if (mine == null) {
            return null;
        }
        try {
            enrolment = enrolments.withdraw(mine.id());
        } catch (AcademyException e) {
            Messages.error(null, e);
            return null;
        }
        Messages.info(null, Texts.text("enrolment.withdrawn.done"));
        Messages.keepForRedirect();
        return LearningAddresses.coursePage(course.slug());
    }
}
