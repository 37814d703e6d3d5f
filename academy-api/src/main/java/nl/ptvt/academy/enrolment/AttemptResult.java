package nl.ptvt.academy.enrolment;

import java.time.Instant;
import java.util.List;

/**
 * A graded quiz attempt: the score (percent of questions right, rounded down), whether it passed, and per
 * question whether it was right with the feedback of every chosen option. Only an attempt's result says which
 * of the chosen options were correct; {@code progress} is the enrolment's progress after this attempt.
 */
public record AttemptResult(long enrolmentId, long lessonId, int attempt, int score, boolean passed,
                            Integer attemptsLeft, Instant submittedAt, List<QuestionFeedback> feedback,
                            Progress progress) {

    public AttemptResult {
        feedback = List.copyOf(feedback);
    }

    public record QuestionFeedback(long questionId, boolean correct, List<OptionFeedback> chosen) {
        public QuestionFeedback {
            chosen = List.copyOf(chosen);
        }
    }

    /** A chosen option: whether it is a correct one, and the author's feedback on it ({@code null} if none). */
    public record OptionFeedback(long optionId, boolean correct, String feedback) {
    }
}
