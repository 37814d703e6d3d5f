package nl.ptvt.academy.enrolment.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import nl.ptvt.academy.catalogue.LessonKind;
import nl.ptvt.academy.catalogue.domain.CourseVersion;
import nl.ptvt.academy.catalogue.domain.Lesson;
import nl.ptvt.academy.catalogue.domain.QuizResult;
import nl.ptvt.academy.enrolment.AttemptResult;
import nl.ptvt.academy.enrolment.EnrolmentView;
import nl.ptvt.academy.enrolment.LessonProgress;
import nl.ptvt.academy.enrolment.PlayerLesson;
import nl.ptvt.academy.enrolment.QuizAnswers;
import nl.ptvt.academy.enrolment.domain.AnswerSheet;
import nl.ptvt.academy.enrolment.domain.Enrolment;
import nl.ptvt.academy.enrolment.domain.EnrolmentRepository;
import nl.ptvt.academy.enrolment.domain.LessonCompletion;
import nl.ptvt.academy.enrolment.domain.LessonRecords;
import nl.ptvt.academy.enrolment.domain.QuizAttempt;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.shared.BusinessRuleException;
import nl.ptvt.academy.shared.ResourceNotFoundException;

/**
 * Every change runs in a transaction of its own that first locks the enrolment's row ({@link MyEnrolments#lock}):
 * parallel requests for one enrolment (two tabs, two devices, a double click) take turns, each counts what the
 * previous one committed, the course is completed once, and an attempt number is never handed out twice.
 */
@Stateless
@RolesAllowed(Role.Names.LEARNER)
public class LessonProgressService implements LessonProgress {

    @Inject
    MyEnrolments mine;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    ProgressRecorder recorder;

    @Inject
    EnrolmentAssembler assembler;

    @Inject
    Clock clock;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PlayerLesson openLesson(long enrolmentId, long lessonId) {
        Place place = lockedAt(enrolmentId, lessonId);
        place.enrolment().visit(lessonId, clock.instant());
        return assembler.player(place.enrolment(), place.version(), place.lesson(), recorder.records(place.enrolment()));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public EnrolmentView completeLesson(long enrolmentId, long lessonId) {
        Place place = lockedAt(enrolmentId, lessonId);
        Enrolment enrolment = place.enrolment();
        if (place.lesson().kind() == LessonKind.QUIZ) {
            throw new BusinessRuleException("lesson.quiz-needs-attempt",
                    "A quiz is done when an attempt passes: submit the answers as an attempt instead");
        }
        Instant now = clock.instant();
        // idempotent: under the lock nobody else adds this row between the look-up and the insert
        if (enrolments.findCompletion(enrolment.id(), lessonId).isEmpty()) {
            enrolments.addCompletion(new LessonCompletion(enrolment.id(), lessonId, now));
        }
        enrolment.visit(lessonId, now);
        recorder.recount(enrolment, place.version(), now);
        return assembler.view(enrolment, place.version());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AttemptResult submitAttempt(long enrolmentId, long lessonId, QuizAnswers answers) {
        Place place = lockedAt(enrolmentId, lessonId);
        Enrolment enrolment = place.enrolment();
        Lesson quiz = requireQuiz(place.lesson());
        AnswerSheet sheet = AnswerSheet.of(answers.answers(), quiz);
        int number = QuizAttempt.nextNumber(recorder.records(enrolment).attemptsUsed(lessonId), quiz.maxAttempts());
        Instant now = clock.instant();
        QuizResult result = quiz.grade(sheet.chosen());
        QuizAttempt attempt = enrolments.addAttempt(new QuizAttempt(enrolment.id(), lessonId, number, sheet, result, now));
        enrolment.visit(lessonId, now);
        recorder.recount(enrolment, place.version(), now);
        return assembler.attempt(enrolment, quiz, attempt, result, number);
    }

    /** A lesson of the caller's enrolment, which is locked (first) and open for learning. */
    private Place lockedAt(long enrolmentId, long lessonId) {
        Enrolment enrolment = mine.lock(enrolmentId);
        enrolment.requireLearning();
        CourseVersion version = mine.version(enrolment);
        return new Place(enrolment, version, MyEnrolments.lesson(version, lessonId));
    }

    private record Place(Enrolment enrolment, CourseVersion version, Lesson lesson) {
    }

    @Override
    public AttemptResult attempt(long enrolmentId, long lessonId, int attemptNumber) {
        Enrolment enrolment = mine.find(enrolmentId);
        Lesson quiz = requireQuiz(MyEnrolments.lesson(mine.version(enrolment), lessonId));
        QuizAttempt attempt = enrolments.findAttempt(enrolment.id(), lessonId, attemptNumber)
                .orElseThrow(() -> new ResourceNotFoundException("attempt.not-found",
                        "There is no attempt " + attemptNumber + " at this quiz in your enrolment"));
        LessonRecords records = recorder.records(enrolment);
        return assembler.attempt(enrolment, quiz, attempt, quiz.grade(attempt.answers().chosen()), records.attemptsUsed(lessonId));
    }

    private static Lesson requireQuiz(Lesson lesson) {
        if (lesson.kind() != LessonKind.QUIZ) {
            throw new BusinessRuleException("lesson.not-a-quiz", "Lesson " + lesson.id() + " is not a quiz");
        }
        return lesson;
    }
}
