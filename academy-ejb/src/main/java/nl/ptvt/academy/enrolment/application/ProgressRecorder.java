package nl.ptvt.academy.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import nl.ptvt.academy.catalogue.domain.CourseVersion;
import nl.ptvt.academy.enrolment.CourseCompleted;
import nl.ptvt.academy.enrolment.domain.CompletionRule;
import nl.ptvt.academy.enrolment.domain.Enrolment;
import nl.ptvt.academy.enrolment.domain.EnrolmentRepository;
import nl.ptvt.academy.enrolment.domain.LessonRecords;

/**
 * Recounts an enrolment's stored progress from its lessons marked as done and its quiz attempts, and fires
 * {@link CourseCompleted} when that completes the course. The caller holds the enrolment's row lock, so the count
 * includes every change committed before, and the completion happens once.
 */
@ApplicationScoped
public class ProgressRecorder {

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    Event<CourseCompleted> completions;

    public LessonRecords records(Enrolment enrolment) {
        return LessonRecords.of(enrolments.completions(enrolment.id()), enrolments.attempts(enrolment.id()));
    }

    public LessonRecords recount(Enrolment enrolment, CourseVersion version, Instant now) {
        LessonRecords records = records(enrolment);
        if (enrolment.recordProgress(CompletionRule.of(version).measure(records), now)) {
            // observers that act on it (certificates) observe AFTER_SUCCESS, i.e. once this transaction committed
            completions.fire(new CourseCompleted(enrolment.id(), enrolment.courseId(), enrolment.courseVersionId(),
                    enrolment.accountId(), now));
        }
        return records;
    }
}
