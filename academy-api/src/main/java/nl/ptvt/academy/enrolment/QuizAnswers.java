package nl.ptvt.academy.enrolment;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/**
 * A quiz attempt as submitted: per question id (a JSON object key, so a string) the ids of the chosen options.
 * A question left out counts as answered wrongly.
 */
public record QuizAnswers(
        @NotNull(message = "{academy.quiz.answers.required}") Map<String, @NotNull List<@NotNull Long>> answers) {
}
