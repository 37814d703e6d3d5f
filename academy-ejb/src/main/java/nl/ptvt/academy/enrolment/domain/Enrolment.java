package nl.ptvt.academy.enrolment.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import nl.ptvt.academy.catalogue.CourseFormat;
import nl.ptvt.academy.catalogue.EnrolmentApproval;
import nl.ptvt.academy.catalogue.domain.Course;
import nl.ptvt.academy.catalogue.domain.CourseVersion;
import nl.ptvt.academy.enrolment.EnrolmentStatus;
import nl.ptvt.academy.shared.BusinessRuleException;

/**
 * A learner's enrolment in a course, on the version that was published when they enrolled (they keep it until they
 * finish, whatever is published later), with its stored progress. The state machine:
 * <ul>
 * <li>enrolling makes it ACTIVE, or PENDING when the course asks for approval (a coordinator's enrolment never
 * does); approving makes a PENDING one ACTIVE, refusing withdraws it;</li>
 * <li>it becomes COMPLETED once, when the completion rule is met, and stays so: nothing leads out of COMPLETED;</li>
 * <li>the learner withdraws from PENDING or ACTIVE; enrolling again takes up the same enrolment with its progress,
 * ACTIVE when no approval is needed or it was active before, else PENDING again.</li>
 * </ul>
 * Never served from the shared cache: progress changes from several instances.
 */
@Entity
@Table(name = "enrolment")
@Cacheable(false)
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "course_version_id", nullable = false)
    private long courseVersionId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EnrolmentStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "enrolled_by")
    private Long enrolledBy;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "approved")
    private Boolean approved;

    @Column(name = "decision_reason", length = 500)
    private String decisionReason;

    @Column(name = "last_lesson_id")
    private Long lastLessonId;

    @Column(name = "first_activity_at")
    private Instant firstActivityAt;

    @Column(name = "last_activity_at")
    private Instant lastActivityAt;

    @Column(name = "lessons_done", nullable = false)
    private int lessonsDone;

    @Column(name = "lessons_required", nullable = false)
    private int lessonsRequired;

    @Column(nullable = false)
    private int percent;

    protected Enrolment() {
    }

    private Enrolment(Course course, CourseVersion version, long accountId, Instant now) {
        this.courseId = course.id();
        this.courseVersionId = version.id();
        this.accountId = accountId;
        this.requestedAt = now;
        this.lessonsRequired = CompletionRule.of(version).lessonsRequired();
    }

    /**
     * The learner enrols themself in the published version: only a published e-learning course is open to that.
     */
    public static Enrolment selfEnrol(Course course, long accountId, Instant now) {
        Enrolment enrolment = new Enrolment(course, openVersion(course), accountId, now);
        if (course.enrolmentApproval() == EnrolmentApproval.NONE) {
            enrolment.activate(now);
        } else {
            enrolment.status = EnrolmentStatus.PENDING;
        }
        return enrolment;
    }

    /** A coordinator (or administrator) enrols someone: active at once, no approval needed. */
    public static Enrolment enrolBy(long enrollerId, Course course, long accountId, Instant now) {
        Enrolment enrolment = new Enrolment(course, openVersion(course), accountId, now);
        enrolment.enrolledBy = enrollerId;
        enrolment.activate(now);
        return enrolment;
    }

    /** The version new enrolments get: the published one of a course in the catalogue, if it is an e-learning. */
    public static CourseVersion openVersion(Course course) {
        CourseVersion published = course.publishedVersion().filter(version -> course.isInCatalogue())
                .orElseThrow(() -> new BusinessRuleException("enrolment.course-not-published",
                        "Course " + course.id() + " is not in the catalogue, so nobody can enrol in it"));
        if (published.content().format() != CourseFormat.E_LEARNING) {
            throw new BusinessRuleException("enrolment.not-e-learning",
                    "Course " + course.id() + " is not an e-learning course; enrolling online is for e-learning only");
        }
        return published;
    }

    /**
     * The learner enrols again. A withdrawn enrolment is taken up with its progress: ACTIVE when the course needs no
     * approval or the learner was active before, else PENDING. Any other state stays as it is.
     *
     * @return whether the state changed
     */
    public boolean enrolAgain(Course course, Instant now) {
        if (status != EnrolmentStatus.WITHDRAWN) {
            return false;
        }
        openVersion(course);
        withdrawnAt = null;
        if (course.enrolmentApproval() == EnrolmentApproval.NONE || activatedAt != null) {
            activate(now);
        } else {
            clearDecision();
            requestedAt = now;
            status = EnrolmentStatus.PENDING;
        }
        return true;
    }

    /**
     * A coordinator (or administrator) enrols someone who is already known: a pending or withdrawn enrolment
     * becomes ACTIVE (a pending one counts as approved by them).
     *
     * @return whether the state changed
     */
    public boolean enrolAgainBy(long enrollerId, Course course, Instant now) {
        if (status == EnrolmentStatus.ACTIVE || status == EnrolmentStatus.COMPLETED) {
            return false;
        }
        openVersion(course);
        if (status == EnrolmentStatus.PENDING) {
            decide(enrollerId, true, null, now);
        }
        withdrawnAt = null;
        enrolledBy = enrollerId;
        activate(now);
        return true;
    }

    /** From PENDING or ACTIVE; withdrawing again changes nothing. A completed course cannot be withdrawn from. */
    public void withdraw(Instant now) {
        switch (status) {
            case WITHDRAWN -> {
                // already withdrawn: a repeated request is harmless
            }
            case COMPLETED -> throw new BusinessRuleException("enrolment.completed",
                    "This course was completed on " + completedAt + "; a completed enrolment stays completed");
            default -> {
                status = EnrolmentStatus.WITHDRAWN;
                withdrawnAt = now;
            }
        }
    }

    public void approve(long deciderId, String reason, Instant now) {
        requirePending();
        decide(deciderId, true, reason, now);
        activate(now);
    }

    /** A refusal withdraws the request; the learner may ask again. */
    public void refuse(long deciderId, String reason, Instant now) {
        requirePending();
        decide(deciderId, false, reason, now);
        status = EnrolmentStatus.WITHDRAWN;
        withdrawnAt = now;
    }

    /** Lessons can be opened and done while ACTIVE, and looked back on once COMPLETED. */
    public void requireLearning() {
        if (status != EnrolmentStatus.ACTIVE && status != EnrolmentStatus.COMPLETED) {
            throw new BusinessRuleException("enrolment.not-active", status == EnrolmentStatus.PENDING
                    ? "This enrolment waits for approval; the lessons open once it is approved"
                    : "This enrolment was withdrawn; enrol again to continue");
        }
    }

    /** The learner is at this lesson now: it is where they resume, and it counts as activity. */
    public void visit(long lessonId, Instant now) {
        lastLessonId = lessonId;
        if (firstActivityAt == null) {
            firstActivityAt = now;
        }
        lastActivityAt = now;
    }

    /**
     * Stores the progress measured by the {@link CompletionRule} and completes the enrolment when the rule is met.
     * Callers hold the enrolment's row lock, so this happens exactly once.
     *
     * @return true when this call completed the course
     */
    public boolean recordProgress(LessonCount count, Instant now) {
        lessonsDone = count.done();
        lessonsRequired = count.required();
        percent = count.percent();
        if (status == EnrolmentStatus.ACTIVE && count.isComplete()) {
            status = EnrolmentStatus.COMPLETED;
            completedAt = now;
            return true;
        }
        return false;
    }

    private void activate(Instant now) {
        status = EnrolmentStatus.ACTIVE;
        if (activatedAt == null) {
            activatedAt = now;
        }
    }

    private void decide(long deciderId, boolean approval, String reason, Instant now) {
        decidedBy = deciderId;
        decidedAt = now;
        approved = approval;
        decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    private void clearDecision() {
        decidedBy = null;
        decidedAt = null;
        approved = null;
        decisionReason = null;
    }

    private void requirePending() {
        if (status != EnrolmentStatus.PENDING) {
            throw new BusinessRuleException("enrolment.not-pending",
                    "Only a pending enrolment can be approved or refused; this one is " + status);
        }
    }

    public Long id() {
        return id;
    }

    public long courseId() {
        return courseId;
    }

    public long courseVersionId() {
        return courseVersionId;
    }

    public long accountId() {
        return accountId;
    }

    public EnrolmentStatus status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Optional<Instant> activatedAt() {
        return Optional.ofNullable(activatedAt);
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    public Optional<Instant> withdrawnAt() {
        return Optional.ofNullable(withdrawnAt);
    }

    public Optional<Long> enrolledBy() {
        return Optional.ofNullable(enrolledBy);
    }

    /** Whether an approver approved ({@code true}) or refused; empty when nobody decided. */
    public Optional<Boolean> approved() {
        return Optional.ofNullable(approved);
    }

    public Optional<Long> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> decisionReason() {
        return Optional.ofNullable(decisionReason);
    }

    public Optional<Long> lastLessonId() {
        return Optional.ofNullable(lastLessonId);
    }

    public Optional<Instant> firstActivityAt() {
        return Optional.ofNullable(firstActivityAt);
    }

    public Optional<Instant> lastActivityAt() {
        return Optional.ofNullable(lastActivityAt);
    }

    public LessonCount lessonCount() {
        return new LessonCount(lessonsDone, lessonsRequired);
    }

    public int percent() {
        return percent;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Enrolment that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Enrolment.class.hashCode();
    }
}
