package nl.ptvt.academy.certification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.ptvt.academy.certification.domain.Certificate;
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

    /** One attendee of a session that a trainer or administrator issues for (the course's rules as for the event). */
    public Optional<String> attendee(long courseId, long accountId, long bookingId, java.time.Instant attendedAt) {
        return courses.current(courseId)
                .flatMap(course -> issuing.issue(accountId, course, attendedAt, IssueReason.attendance(bookingId)))
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
