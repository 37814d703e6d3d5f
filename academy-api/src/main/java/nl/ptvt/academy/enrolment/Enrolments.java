package nl.ptvt.academy.enrolment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;

/**
 * Enrolling in e-learning courses and following one's own enrolments. A learner only ever sees their own
 * enrolments: another learner's is "not found". A learner is enrolled on the course's published version and stays
 * on it until they finish, also when a newer version is published.
 */
public interface Enrolments {

    /**
     * Enrols the caller in a published e-learning course: ACTIVE at once, or PENDING when the course asks for
     * approval (the approvers are mailed). Idempotent: when the caller is already enrolled (also through a parallel request) the existing
     * enrolment is returned with {@code created == false}; a withdrawn enrolment is taken up again with its progress.
     *
     * @throws nl.ptvt.academy.shared.ResourceNotFoundException when there is no such course
     * @throws nl.ptvt.academy.shared.BusinessRuleException when the course is not a published e-learning course
     */
    EnrolmentResult enrolMe(long courseId);

    /**
     * A coordinator enrols people of their own organisation (an administrator: anyone), ACTIVE without approval, and
     * each is mailed. An address without an account, or with one that was never activated, is invited (into the
     * coordinator's organisation; by an administrator into none) and enrolled at once. All of it (accounts,
     * invitations, enrolments, mails) happens in one transaction: a refused request leaves nothing behind.
     *
     * @throws nl.ptvt.academy.shared.AccessRefusedException when an address belongs to someone outside the
     *                                                        coordinator's organisation (nobody is enrolled or
     *                                                        invited then)
     */
    BulkEnrolmentResult enrolPeople(long courseId, @NotNull @Valid BulkEnrolment people);

    /** The caller's enrolments, optionally of one status; most recent activity first. */
    Page<EnrolmentView> mine(EnrolmentStatus status, @NotNull @Valid PageRequest page);

    /** The caller's enrolment in this course, if any (for the course page: "enrol" or "continue"). */
    Optional<EnrolmentView> mineInCourse(long courseId);

    /**
     * One of the caller's enrolments with the outline of its version (lesson states, progress per module).
     *
     * @throws nl.ptvt.academy.shared.ResourceNotFoundException when it is not the caller's
     */
    EnrolmentOutline outline(long enrolmentId);

    /**
     * The caller withdraws (from PENDING or ACTIVE; again is harmless); the progress is kept for a re-enrolment.
     *
     * @throws nl.ptvt.academy.shared.BusinessRuleException when the course was completed
     */
    EnrolmentView withdraw(long enrolmentId);

    /**
     * An approver decides on a pending enrolment: an administrator always; a coordinator for people of their own
     * organisation when the course leaves approval to coordinators. Refusing withdraws the enrolment. The learner is
     * mailed the decision.
     */
    EnrolmentView decide(long enrolmentId, @NotNull @Valid ApprovalDecision decision);

    /** The pending enrolments the caller may decide on, oldest request first. */
    Page<LearnerProgress> pendingApprovals(@NotNull @Valid PageRequest page);
}
