package nl.ptvt.academy.authoring.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.ptvt.academy.authoring.AuthoredLesson;
import nl.ptvt.academy.authoring.NewLesson;
import nl.ptvt.academy.catalogue.LessonKind;
import nl.ptvt.academy.catalogue.QuestionKind;
import nl.ptvt.academy.files.UploadedFileView;

/**
 * The lesson form with its small quiz builder (questions with two to four answer options each), for a new lesson or,
 * filled from an existing one, for changing it. Only the fields of the chosen kind go into the command, so that a
 * text typed before switching kinds does not count.
 */
public class LessonForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MIN_OPTIONS = 2;
    static final int MAX_OPTIONS = 4;

    /** The lesson being changed; null while the form adds a new lesson. */
    private Long lessonId;
    /** The module the changed lesson is in; choosing another module moves it there. */
    private Long savedModuleId;
    private Long moduleId;
    private LessonKind kind = LessonKind.TEXT;
    private String title;
    private boolean required = true;
    private String body;
    private String videoUrl;
    private Integer passMark = 70;
    private Integer maxAttempts;
    private final List<QuestionForm> questions = new ArrayList<>(List.of(new QuestionForm()));
    /** The file uploaded for a FILE lesson (uploaded at once, kept here until the lesson is added). */
    private UploadedFileView file;

    /** The form filled from an existing lesson, quiz questions, correct answers and feedback included. */
    static LessonForm of(AuthoredLesson lesson, UploadedFileView file) {
        LessonForm form = new LessonForm();
        form.lessonId = lesson.id();
        form.savedModuleId = lesson.moduleId();
        form.moduleId = lesson.moduleId();
        form.kind = lesson.kind();
        form.title = lesson.title();
        form.required = lesson.required();
        form.body = lesson.body();
        form.videoUrl = lesson.videoUrl();
        form.passMark = lesson.passMark() == null ? form.passMark : lesson.passMark();
        form.maxAttempts = lesson.maxAttempts();
        form.file = file;
        if (!lesson.questions().isEmpty()) {
            form.questions.clear();
            lesson.questions().forEach(question -> form.questions.add(QuestionForm.of(question)));
        }
        return form;
    }

    public boolean isEditing() {
        return lessonId != null;
    }

    boolean isMovedToOtherModule() {
        return isEditing() && moduleId != null && !moduleId.equals(savedModuleId);
    }

    Long getLessonId() {
        return lessonId;
    }

    NewLesson toCommand() {
        boolean quiz = kind == LessonKind.QUIZ;
        return new NewLesson(title == null ? null : title.strip(), kind, required,
                kind == LessonKind.TEXT ? body : null,
                kind == LessonKind.VIDEO ? videoUrl : null,
                quiz ? passMark : null, quiz ? maxAttempts : null,
                quiz ? questions.stream().map(QuestionForm::toCommand).toList() : List.of(),
                kind == LessonKind.FILE && file != null ? file.id() : null);
    }

    void attach(UploadedFileView uploaded) {
        this.file = uploaded;
    }

    public UploadedFileView getFile() {
        return file;
    }

    public boolean isQuiz() {
        return kind == LessonKind.QUIZ;
    }

    public void addQuestion() {
        questions.add(new QuestionForm());
    }

    public void removeQuestion(QuestionForm question) {
        if (questions.size() > 1) {
            questions.remove(question);
        }
    }

    public List<QuestionForm> getQuestions() {
        return questions;
    }

    public Long getModuleId() {
        return moduleId;
    }

    public void setModuleId(Long moduleId) {
        this.moduleId = moduleId;
    }

    public LessonKind getKind() {
        return kind;
    }

    public void setKind(LessonKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getVideoUrl() {
        return videoUrl;
    }

    public void setVideoUrl(String videoUrl) {
        this.videoUrl = videoUrl;
    }

    public Integer getPassMark() {
        return passMark;
    }

    public void setPassMark(Integer passMark) {
        this.passMark = passMark;
    }

    public Integer getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(Integer maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    /** One question of the quiz builder. */
    public static class QuestionForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String text;
        private QuestionKind kind = QuestionKind.SINGLE;
        private final List<OptionForm> options = new ArrayList<>(List.of(new OptionForm(), new OptionForm()));

        static QuestionForm of(AuthoredLesson.Question question) {
            QuestionForm form = new QuestionForm();
            form.text = question.text();
            form.kind = question.kind();
            form.options.clear();
            question.options().forEach(option -> form.options.add(OptionForm.of(option)));
            return form;
        }

        NewLesson.Question toCommand() {
            return new NewLesson.Question(text == null ? null : text.strip(), kind,
                    options.stream().map(OptionForm::toCommand).toList());
        }

        public boolean isOptionsFull() {
            return options.size() >= MAX_OPTIONS;
        }

        public boolean isOptionsAtMinimum() {
            return options.size() <= MIN_OPTIONS;
        }

        public void addOption() {
            if (!isOptionsFull()) {
                options.add(new OptionForm());
            }
        }

        public void removeOption(OptionForm option) {
            if (!isOptionsAtMinimum()) {
                options.remove(option);
            }
        }

        public List<OptionForm> getOptions() {
            return options;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public QuestionKind getKind() {
            return kind;
        }

        public void setKind(QuestionKind kind) {
            this.kind = kind;
        }
    }

    /** One answer option: its text, whether it is correct, and the feedback a learner gets after choosing it. */
    public static class OptionForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String text;
        private boolean correct;
        private String feedback;

        static OptionForm of(AuthoredLesson.Option option) {
            OptionForm form = new OptionForm();
            form.text = option.text();
            form.correct = option.correct();
            form.feedback = option.feedback();
            return form;
        }

        NewLesson.Option toCommand() {
            return new NewLesson.Option(text == null ? null : text.strip(), correct,
                    feedback == null || feedback.isBlank() ? null : feedback.strip());
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public boolean isCorrect() {
            return correct;
        }

        public void setCorrect(boolean correct) {
            this.correct = correct;
        }

        public String getFeedback() {
            return feedback;
        }

        public void setFeedback(String feedback) {
            this.feedback = feedback;
        }
    }
}
