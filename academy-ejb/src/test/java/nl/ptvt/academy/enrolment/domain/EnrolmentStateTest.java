package nl.ptvt.academy.enrolment.domain;

import static nl.ptvt.academy.enrolment.domain.LearningFixtures.LEARNER;
import static nl.ptvt.academy.enrolment.domain.LearningFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import nl.ptvt.academy.catalogue.CourseFormat;
import nl.ptvt.academy.catalogue.EnrolmentApproval;
import nl.ptvt.academy.catalogue.domain.Course;
import nl.ptvt.academy.enrolment.EnrolmentStatus;
import nl.ptvt.academy.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** The enrolment's state machine: PENDING → ACTIVE → COMPLETED, WITHDRAWN, enrolling again, approvals. */
class EnrolmentStateTest {

    private static final Instant LATER = NOW.plus(Duration.ofDays(1));
    private static final long COORDINATOR = 9L;

    private final Course open = LearningFixtures.eLearning(EnrolmentApproval.NONE);
    private final Course withApproval = LearningFixtures.eLearning(EnrolmentApproval.COORDINATOR);

    @Test
    void enrollingInACourseWithoutApprovalIsActiveAtOnceOnThePublishedVersion() {
        Enrolment enrolment = Enrolment.selfEnrol(open, LEARNER, NOW);

        assertEquals(EnrolmentStatus.ACTIVE, enrolment.status());
        assertEquals(NOW, enrolment.activatedAt().orElseThrow());
        assertEquals(LearningFixtures.version(open).id(), enrolment.courseVersionId());
        assertEquals(new LessonCount(0, 3), enrolment.lessonCount(), "two required pages and the quiz; the optional page does not count");
    }

    @Test
    void aCourseWithApprovalStartsPendingAndApprovalActivatesIt() {
        Enrolment enrolment = Enrolment.selfEnrol(withApproval, LEARNER, NOW);
        assertEquals(EnrolmentStatus.PENDING, enrolment.status());
        assertTrue(enrolment.activatedAt().isEmpty());
        assertThrows(BusinessRuleException.class, enrolment::requireLearning, "no lessons while pending");

        enrolment.approve(COORDINATOR, null, LATER);

        assertEquals(EnrolmentStatus.ACTIVE, enrolment.status());
        assertEquals(LATER, enrolment.activatedAt().orElseThrow());
        assertTrue(enrolment.approved().orElseThrow());
        assertEquals(COORDINATOR, enrolment.decidedBy().orElseThrow());
        assertEquals("enrolment.not-pending",
                assertThrows(BusinessRuleException.class, () -> enrolment.approve(COORDINATOR, null, LATER)).code());
    }

    @Test
    void aRefusalWithdrawsWithItsReasonAndAskingAgainIsPendingAgain() {
        Enrolment enrolment = Enrolment.selfEnrol(withApproval, LEARNER, NOW);
        enrolment.refuse(COORDINATOR, "  Eerst de basistraining volgen  ", LATER);

        assertEquals(EnrolmentStatus.WITHDRAWN, enrolment.status());
        assertFalse(enrolment.approved().orElseThrow());
        assertEquals("Eerst de basistraining volgen", enrolment.decisionReason().orElseThrow());

        assertTrue(enrolment.enrolAgain(withApproval, LATER.plusSeconds(60)));
        assertEquals(EnrolmentStatus.PENDING, enrolment.status());
        assertTrue(enrolment.approved().isEmpty(), "a new request waits for a new decision");
        assertTrue(enrolment.withdrawnAt().isEmpty());
    }

    @Test
    void reEnrollingAfterWithdrawingKeepsTheProgressAndIsActiveWhenItWasActiveBefore() {
        Enrolment enrolment = Enrolment.selfEnrol(withApproval, LEARNER, NOW);
        enrolment.approve(COORDINATOR, null, NOW);
        enrolment.recordProgress(new LessonCount(2, 3), NOW);
        enrolment.withdraw(LATER);
        assertEquals(EnrolmentStatus.WITHDRAWN, enrolment.status());
        assertEquals(LATER, enrolment.withdrawnAt().orElseThrow());

        assertTrue(enrolment.enrolAgain(withApproval, LATER.plusSeconds(1)));

        assertEquals(EnrolmentStatus.ACTIVE, enrolment.status(), "approved once: no second approval");
        assertEquals(new LessonCount(2, 3), enrolment.lessonCount());
        assertEquals(NOW, enrolment.activatedAt().orElseThrow(), "the first activation is kept");
    }

    @Test
    void enrollingAgainWhileEnrolledChangesNothing() {
        Enrolment enrolment = Enrolment.selfEnrol(open, LEARNER, NOW);
        assertFalse(enrolment.enrolAgain(open, LATER));
        assertEquals(EnrolmentStatus.ACTIVE, enrolment.status());

        Enrolment pending = Enrolment.selfEnrol(withApproval, LEARNER, NOW);
        assertFalse(pending.enrolAgain(withApproval, LATER));
        assertEquals(EnrolmentStatus.PENDING, pending.status());
        assertEquals(NOW, pending.requestedAt());
    }

    @Test
    void withdrawingTwiceIsHarmless() {
        Enrolment enrolment = Enrolment.selfEnrol(open, LEARNER, NOW);
        enrolment.withdraw(NOW);
        enrolment.withdraw(LATER);
        assertEquals(NOW, enrolment.withdrawnAt().orElseThrow());
    }

    @Test
    void completionHappensOnceAndCompletedIsFinal() {
        Enrolment enrolment = Enrolment.selfEnrol(open, LEARNER, NOW);
        assertFalse(enrolment.recordProgress(new LessonCount(2, 3), NOW));
        assertEquals(66, enrolment.percent());

        assertTrue(enrolment.recordProgress(new LessonCount(3, 3), LATER), "this call completes the course");
        assertFalse(enrolment.recordProgress(new LessonCount(3, 3), LATER.plusSeconds(5)), "and no later call does again");

        assertEquals(EnrolmentStatus.COMPLETED, enrolment.status());
        assertEquals(LATER, enrolment.completedAt().orElseThrow(), "the completion moment is set once");
        assertEquals(100, enrolment.percent());
        assertEquals("enrolment.completed", assertThrows(BusinessRuleException.class, () -> enrolment.withdraw(LATER)).code());
        assertFalse(enrolment.enrolAgain(open, LATER));
        assertFalse(enrolment.enrolAgainBy(COORDINATOR, open, LATER));
        enrolment.requireLearning();
    }

    @Test
    void aPendingEnrolmentDoesNotCompleteWhateverItsCount() {
        Enrolment pending = Enrolment.selfEnrol(withApproval, LEARNER, NOW);
        assertFalse(pending.recordProgress(new LessonCount(3, 3), NOW));
        assertEquals(EnrolmentStatus.PENDING, pending.status());
    }

    @Test
    void aCoordinatorEnrolsActiveWithoutApprovalAndActivatesAPendingOrWithdrawnOne() {
        Enrolment enrolled = Enrolment.enrolBy(COORDINATOR, withApproval, LEARNER, NOW);
        assertEquals(EnrolmentStatus.ACTIVE, enrolled.status());
        assertEquals(COORDINATOR, enrolled.enrolledBy().orElseThrow());

        Enrolment pending = Enrolment.selfEnrol(withApproval, LEARNER, NOW);
        assertTrue(pending.enrolAgainBy(COORDINATOR, withApproval, LATER));
        assertEquals(EnrolmentStatus.ACTIVE, pending.status());
        assertTrue(pending.approved().orElseThrow(), "the coordinator's enrolment approves the request");

        Enrolment withdrawn = Enrolment.selfEnrol(open, LEARNER, NOW);
        withdrawn.withdraw(NOW);
        assertTrue(withdrawn.enrolAgainBy(COORDINATOR, open, LATER));
        assertEquals(EnrolmentStatus.ACTIVE, withdrawn.status());
        assertFalse(withdrawn.enrolAgainBy(COORDINATOR, open, LATER), "already active");
    }

    @Test
    void onlyAPublishedELearningIsOpenForEnrolment() {
        Course workshop = LearningFixtures.published(CourseFormat.WORKSHOP, EnrolmentApproval.NONE);
        assertEquals("enrolment.not-e-learning",
                assertThrows(BusinessRuleException.class, () -> Enrolment.selfEnrol(workshop, LEARNER, NOW)).code());

        Course archived = LearningFixtures.eLearning(EnrolmentApproval.NONE);
        archived.archive(LearningFixtures.AUTHOR, NOW);
        assertEquals("enrolment.course-not-published",
                assertThrows(BusinessRuleException.class, () -> Enrolment.selfEnrol(archived, LEARNER, NOW)).code());
        assertEquals("enrolment.course-not-published",
                assertThrows(BusinessRuleException.class, () -> Enrolment.enrolBy(9L, archived, LEARNER, NOW)).code());
    }

    @Test
    void aWithdrawnLearnerCannotComeBackToAnArchivedCourse() {
        Course course = LearningFixtures.eLearning(EnrolmentApproval.NONE);
        Enrolment enrolment = Enrolment.selfEnrol(course, LEARNER, NOW);
        enrolment.withdraw(NOW);
        course.archive(LearningFixtures.AUTHOR, LATER);

        assertThrows(BusinessRuleException.class, () -> enrolment.enrolAgain(course, LATER));
        assertEquals(EnrolmentStatus.WITHDRAWN, enrolment.status());
    }

    @Test
    void aVisitIsTheResumePointAndActivity() {
        Enrolment enrolment = Enrolment.selfEnrol(open, LEARNER, NOW);
        enrolment.visit(101L, NOW);
        enrolment.visit(102L, LATER);

        assertEquals(102L, enrolment.lastLessonId().orElseThrow());
        assertEquals(NOW, enrolment.firstActivityAt().orElseThrow());
        assertEquals(LATER, enrolment.lastActivityAt().orElseThrow());
    }
}
