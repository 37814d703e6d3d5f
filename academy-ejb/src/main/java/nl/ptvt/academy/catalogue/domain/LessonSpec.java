package nl.ptvt.academy.catalogue.domain;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ptvt.academy.catalogue.LessonKind;
import nl.ptvt.academy.catalogue.QuestionKind;
import nl.ptvt.academy.shared.BusinessRuleException;

/**
 * What a lesson is made of, checked for its kind: a TEXT page has a (sanitised) body, a VIDEO a privacy-enhanced
 * embed address, a QUIZ valid questions and a pass mark, a FILE lesson an uploaded file (by id: that the file
 * exists is checked by the service, which can look it up).
 */
public record LessonSpec(String title, LessonKind kind, boolean required, String body, String videoUrl,
                         Integer passMark, Integer maxAttempts, List<QuestionSpec> questions, Long fileId) {

    static final int DEFAULT_PASS_MARK = 70;

    /** A lesson of any kind but FILE. */
    public LessonSpec(String title, LessonKind kind, boolean required, String body, String videoUrl,
                      Integer passMark, Integer maxAttempts, List<QuestionSpec> questions) {
        this(title, kind, required, body, videoUrl, passMark, maxAttempts, questions, null);
    }

    public LessonSpec {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A lesson needs a title");
        }
        title = title.strip();
        questions = questions == null ? List.of() : List.copyOf(questions);
        switch (kind) {
            case TEXT -> {
                if (body == null || body.isBlank()) {
                    throw rule("lesson.text-without-body", "A text lesson needs a body");
                }
            }
            case VIDEO -> videoUrl = VideoEmbed.of(videoUrl).embedUrl();
            case QUIZ -> {
                if (questions.isEmpty()) {
                    throw rule("quiz.no-questions", "A quiz needs at least one question");
                }
                passMark = passMark == null ? DEFAULT_PASS_MARK : passMark;
            }
            case FILE -> {
                if (fileId == null) {
                    throw rule("lesson.file-required", "A file lesson needs an uploaded file (POST /api/v1/files)");
                }
            }
        }
        if (kind != LessonKind.FILE && fileId != null) {
            throw rule("lesson.file-settings", "Only file lessons have a file");
        }
        if (kind != LessonKind.QUIZ && (passMark != null || maxAttempts != null || !questions.isEmpty())) {
            throw rule("lesson.quiz-settings", "Pass mark, attempt limit and questions belong to quiz lessons only");
        }
    }

    /** A question with its options; the kind decides how many may be correct. */
    public record QuestionSpec(String text, QuestionKind kind, List<OptionSpec> options) {

        public QuestionSpec {
            options = options == null ? List.of() : List.copyOf(options);
            long correct = options.stream().filter(OptionSpec::correct).count();
            switch (kind) {
                case SINGLE -> require(options.size() >= 2 && correct == 1, "quiz.single-choice",
                        "A single-choice question needs at least two options, exactly one of them correct");
                case MULTIPLE -> require(options.size() >= 2 && correct >= 1, "quiz.multiple-choice",
                        "A multiple-choice question needs at least two options, at least one of them correct");
                case TRUE_FALSE -> require(options.size() == 2 && correct == 1, "quiz.true-false",
                        "A true/false question has exactly two options, one of them correct");
            }
            Set<String> texts = options.stream().map(option -> option.text().strip().toLowerCase()).collect(Collectors.toSet());
            require(texts.size() == options.size(), "quiz.duplicate-options", "The options of a question must differ");
        }
    }

    public record OptionSpec(String text, boolean correct, String feedback) {
    }

    private static void require(boolean condition, String code, String detail) {
        if (!condition) {
            throw rule(code, detail);
        }
    }

    private static BusinessRuleException rule(String code, String detail) {
        return new BusinessRuleException(code, detail);
    }
}
