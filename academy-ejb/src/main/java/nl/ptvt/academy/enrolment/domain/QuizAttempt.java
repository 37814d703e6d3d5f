package nl.ptvt.academy.enrolment.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.ptvt.academy.catalogue.domain.QuizResult;
import nl.ptvt.academy.shared.BusinessRuleException;

/** One graded attempt at a quiz, numbered from 1 per quiz per enrolment; never changes afterwards. */
@Entity
@Table(name = "quiz_attempt")
@Cacheable(false)
public class QuizAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enrolment_id", nullable = false)
    private long enrolmentId;

    @Column(name = "lesson_id", nullable = false)
    private long lessonId;

    @Column(name = "attempt_number", nullable = false)
    private int attemptNumber;

    @Column(nullable = false)
    private int score;

    @Column(nullable = false)
    private boolean passed;

    @Lob
    @Column(nullable = false)
    private String answers;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected QuizAttempt() {
    }

    public QuizAttempt(long enrolmentId, long lessonId, int attemptNumber, AnswerSheet answers, QuizResult result, Instant submittedAt) {
        this.enrolmentId = enrolmentId;
        this.lessonId = lessonId;
        this.attemptNumber = attemptNumber;
        this.answers = answers.toJson();
        this.score = result.score();
        this.passed = result.passed();
        this.submittedAt = submittedAt;
    }

    /**
     * The number the next attempt gets, or a refusal when the quiz's limit is used up. Called under the
     * enrolment's row lock, so parallel submits cannot both take the last attempt.
     *
     * @param maxAttempts {@code null} for no limit
     */
    public static int nextNumber(int attemptsUsed, Integer maxAttempts) {
        if (maxAttempts != null && attemptsUsed >= maxAttempts) {
            throw new BusinessRuleException("quiz.no-attempts-left",
                    "All " + maxAttempts + " attempts at this quiz have been used");
        }
        return attemptsUsed + 1;
    }

    public Long id() {
        return id;
    }

    public long enrolmentId() {
        return enrolmentId;
    }

    public long lessonId() {
        return lessonId;
    }

    public int attemptNumber() {
        return attemptNumber;
    }

    public int score() {
        return score;
    }

    public boolean passed() {
        return passed;
    }

    public AnswerSheet answers() {
        return AnswerSheet.fromJson(answers);
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
