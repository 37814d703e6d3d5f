package nl.ptvt.academy.catalogue.domain;

import java.util.List;

/** The outcome of one quiz attempt: score in percent, passed or not, and per question what was chosen. */
public record QuizResult(int score, boolean passed, List<QuestionResult> questions) {

    public QuizResult {
        questions = List.copyOf(questions);
    }

    public record QuestionResult(long questionId, boolean correct, List<OptionFeedback> chosen) {
        public QuestionResult {
            chosen = List.copyOf(chosen);
        }
    }

    public record OptionFeedback(long optionId, boolean correct, String feedback) {
    }
}
