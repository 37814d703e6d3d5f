package nl.ptvt.academy.authoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.ptvt.academy.catalogue.LessonKind;
import nl.ptvt.academy.catalogue.QuestionKind;

/**
 * A lesson as an author adds it. What each kind needs (a body for TEXT, a video address for VIDEO, questions for
 * QUIZ, an uploaded file's id for FILE) is checked by the domain, which answers with a clear rule violation.
 */
public record NewLesson(
        @NotBlank(message = "{academy.lesson.title.required}") @Size(max = 200, message = "{academy.lesson.title.size}") String title,
        @NotNull(message = "{academy.lesson.kind.required}") LessonKind kind,
        Boolean required,
        @Size(max = 100000, message = "{academy.lesson.body.size}") String body,
        @Size(max = 500, message = "{academy.lesson.videoUrl.size}") String videoUrl,
        @Min(value = 0, message = "{academy.lesson.passMark.range}") @Max(value = 100, message = "{academy.lesson.passMark.range}") Integer passMark,
        @Min(value = 1, message = "{academy.lesson.maxAttempts.min}") Integer maxAttempts,
        List<@NotNull @Valid Question> questions,
        Long fileId) {

    public NewLesson {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public boolean isRequired() {
        return required == null || required;
    }

    public record Question(
            @NotBlank(message = "{academy.question.text.required}") @Size(max = 1000, message = "{academy.question.text.size}") String text,
            @NotNull(message = "{academy.question.kind.required}") QuestionKind kind,
            @NotNull(message = "{academy.question.options.required}") List<@NotNull @Valid Option> options) {
    }

    public record Option(
            @NotBlank(message = "{academy.option.text.required}") @Size(max = 500, message = "{academy.option.text.size}") String text,
            boolean correct,
            @Size(max = 1000, message = "{academy.option.feedback.size}") String feedback) {
    }
}
