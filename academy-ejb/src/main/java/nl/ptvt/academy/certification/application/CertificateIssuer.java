package nl.ptvt.academy.certification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.ptvt.academy.certification.domain.Certificate;
import nl.ptvt.academy.certification.domain.CertifiedCourse;
import nl.ptvt.academy.certification.domain.IssueReason;
import nl.ptvt.academy.enrolment.CourseCompleted;
import nl.ptvt.academy.session.SessionAttended;

/**
 * Issues the certificate an event earns, each in a transaction of its own: the event's transaction has committed
 * (observers run after success), and a failure here must never undo a completion or an attendance list. Issuing
 * twice for one event, or for two events, gives one certificate.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CertificateIssuer {

    @Inject
    CertifiedCourses courses;

    @Inject
    CertificateIssuing issuing;

    /** An e-learning was completed: its version decides whether it leads to a certificate. */
    public Optional<String> completed(CourseCompleted completed) {
        return courses.version(completed.courseVersionId())
                .flatMap(course -> issuing.issue(completed.accountId(), course, completed.completedAt(),
                        IssueReason.completion(completed.enrolmentId())))
                .map(Certificate::code);
    }

    /**
     * One attendee of a session that a trainer or administrator issues for, with the course as read once for the whole
     * session (issuing for 10,000 attendees would otherwise read it 10,000 times).
     */
    public Optional<String> attendee(CertifiedCourse course, SessionAttended attendee) {
        return issuing.issue(attendee.accountId(), course, attendee.attendedAt(), IssueReason.attendance(attendee.bookingId()))
                .map(Certificate::code);
    }

    /** Someone attended a session: the course as it is offered now decides whether that leads to a certificate. */
    public Optional<String> attended(SessionAttended attended) {
        return courses.current(attended.courseId())
                .flatMap(course -> issuing.issue(attended.accountId(), course, attended.attendedAt(),
                        IssueReason.attendance(attended.bookingId())))
                .map(Certificate::code);
    }
}
