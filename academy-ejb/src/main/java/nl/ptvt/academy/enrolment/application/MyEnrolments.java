package nl.ptvt.academy.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.ptvt.academy.catalogue.domain.CourseRepository;
import nl.ptvt.academy.catalogue.domain.CourseVersion;
import nl.ptvt.academy.catalogue.domain.Lesson;
import nl.ptvt.academy.enrolment.domain.Enrolment;
import nl.ptvt.academy.enrolment.domain.EnrolmentRepository;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.infrastructure.CurrentCaller;

/**
 * The caller's own enrolments. Someone else's enrolment is "not found", exactly like one that does not exist, so
 * nobody learns whether an id is in use.
 */
@ApplicationScoped
public class MyEnrolments {

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    CourseRepository courses;

    @Inject
    CurrentCaller caller;

    public Enrolment find(long enrolmentId) {
        long me = caller.requireAccountId();
        return enrolments.findById(enrolmentId).filter(enrolment -> enrolment.accountId() == me)
                .orElseThrow(() -> notFound(enrolmentId));
    }

    /**
     * Locks the enrolment's row (see {@link EnrolmentRepository#findByIdForUpdate}). Call it first in the
     * transaction: InnoDB takes a transaction's read snapshot at its first plain read, so everything read after the
     * lock includes the progress that other requests committed while this one waited.
     */
    public Enrolment lock(long enrolmentId) {
        long me = caller.requireAccountId();
        return enrolments.findByIdForUpdate(enrolmentId).filter(enrolment -> enrolment.accountId() == me)
                .orElseThrow(() -> notFound(enrolmentId));
    }

    public CourseVersion version(Enrolment enrolment) {
        return courses.findVersion(enrolment.courseVersionId()).orElseThrow();
    }

    /** A lesson of the version the enrolment is on (a lesson of another version is not found). */
    public static Lesson lesson(CourseVersion version, long lessonId) {
        return EnrolmentAssembler.lessons(version).stream().filter(lesson -> lesson.id() == lessonId).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("lesson.not-found",
                        "Lesson " + lessonId + " is not part of the course version of this enrolment"));
    }

    static ResourceNotFoundException notFound(long enrolmentId) {
        return new ResourceNotFoundException("enrolment.not-found", "You have no enrolment with id " + enrolmentId);
    }
}
