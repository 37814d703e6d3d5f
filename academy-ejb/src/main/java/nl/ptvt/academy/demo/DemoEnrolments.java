package nl.ptvt.academy.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.ptvt.academy.catalogue.CourseFormat;
import nl.ptvt.academy.catalogue.domain.Course;
import nl.ptvt.academy.catalogue.domain.CourseVersion;
import nl.ptvt.academy.catalogue.domain.Lesson;
import nl.ptvt.academy.enrolment.application.ProgressRecorder;
import nl.ptvt.academy.enrolment.domain.Enrolment;
import nl.ptvt.academy.enrolment.domain.EnrolmentRepository;
import nl.ptvt.academy.enrolment.domain.LessonCompletion;
import nl.ptvt.academy.identity.domain.Account;
import nl.ptvt.academy.identity.domain.AccountRepository;
import nl.ptvt.academy.identity.domain.EmailAddress;

/**
 * The demo learner is enrolled in the demo e-learning and finished its first module over the past days, so the
 * dashboard shows a course in progress and the lesson player resumes where they stopped. Part of {@link DemoData}.
 */
@ApplicationScoped
public class DemoEnrolments {

    static final String LEARNER = "leraar@academy.example";

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    AccountRepository accounts;

    @Inject
    ProgressRecorder recorder;

    void seed(List<Course> courses, Instant now) {
        Course eLearning = courses.stream()
                .filter(course -> course.publishedVersion().filter(version -> version.content().format() == CourseFormat.E_LEARNING).isPresent())
                .findFirst().orElseThrow(() -> new IllegalStateException("The demo courses have no e-learning"));
        long learnerId = accounts.findByEmail(EmailAddress.of(LEARNER)).map(Account::id)
                .orElseThrow(() -> new IllegalStateException("The demo learner " + LEARNER + " is missing"));
        Instant at = now.minus(Duration.ofDays(6));
        Enrolment enrolment = enrolments.add(Enrolment.selfEnrol(eLearning, learnerId, at));
        CourseVersion version = eLearning.publishedVersion().orElseThrow();
        for (Lesson lesson : version.modules().get(0).lessons()) {
            at = at.plus(Duration.ofHours(26));
            enrolments.addCompletion(new LessonCompletion(enrolment.id(), lesson.id(), at));
            enrolment.visit(lesson.id(), at);
        }
        recorder.recount(enrolment, version, at);
    }
}
