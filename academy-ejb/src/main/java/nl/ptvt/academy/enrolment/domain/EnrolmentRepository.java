package nl.ptvt.academy.enrolment.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.ptvt.academy.enrolment.EnrolmentStatus;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;

/** Where enrolments, lessons marked as done and quiz attempts are kept. */
public interface EnrolmentRepository {

    Optional<Enrolment> findById(long id);

    /**
     * Reads the enrolment with a write lock on its row, held until the transaction ends: every change to an
     * enrolment and its progress goes through this lock, so concurrent changes wait for one another.
     */
    Optional<Enrolment> findByIdForUpdate(long id);

    /** The id only, so that the caller decides how to read the row (plainly, or locked with {@link #findByIdForUpdate}). */
    Optional<Long> findId(long courseId, long accountId);

    /**
     * Adds the enrolment and writes it at once, so that a second enrolment of the same learner in the same course
     * fails here, on the unique key, and not at commit.
     */
    Enrolment add(Enrolment enrolment);

    /** A learner's enrolments, optionally of one status; most recent activity (or request) first. */
    Page<Enrolment> ofAccount(long accountId, EnrolmentStatus status, PageRequest page);

    Optional<LessonCompletion> findCompletion(long enrolmentId, long lessonId);

    void addCompletion(LessonCompletion completion);

    List<LessonCompletion> completions(long enrolmentId);

    /** All attempts of an enrolment, per quiz in the order they were made. */
    List<QuizAttempt> attempts(long enrolmentId);

    Optional<QuizAttempt> findAttempt(long enrolmentId, long lessonId, int attemptNumber);

    /** Adds the attempt and writes it at once (its number is unique per quiz per enrolment). */
    QuizAttempt addAttempt(QuizAttempt attempt);

    /** Report rows, filtered, sorted and paged in the database. */
    Page<LearnerLine> learners(LearnerQuery query, PageRequest page);

    /** The ids of all the enrolments of {@link #learners}, in its order: for an export, read in batches. */
    List<Long> learnerIds(LearnerQuery query);

    /** Report rows of these enrolments, in the order given. */
    List<LearnerLine> learnerLines(List<Long> enrolmentIds);

    /** Per enrolment and quiz: best score, passed or not, number of attempts; one query for a page of rows. */
    List<QuizTally> quizTallies(Collection<Long> enrolmentIds);

    /** Per course and status, the enrolments of one organisation's people. */
    List<StatusCount> countsForOrganisation(long organisationId);
}
