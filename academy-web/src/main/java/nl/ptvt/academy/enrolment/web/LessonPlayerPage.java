package nl.ptvt.academy.enrolment.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import nl.ptvt.academy.catalogue.CourseDetail;
import nl.ptvt.academy.catalogue.LessonKind;
import nl.ptvt.academy.catalogue.QuestionKind;
import nl.ptvt.academy.enrolment.AttemptResult;
import nl.ptvt.academy.enrolment.EnrolmentOutline;
import nl.ptvt.academy.enrolment.EnrolmentOutline.LessonOutline;
import nl.ptvt.academy.enrolment.EnrolmentStatus;
import nl.ptvt.academy.enrolment.EnrolmentView;
import nl.ptvt.academy.enrolment.Enrolments;
import nl.ptvt.academy.enrolment.LessonProgress;
import nl.ptvt.academy.enrolment.LessonState;
import nl.ptvt.academy.enrolment.PlayerLesson;
import nl.ptvt.academy.enrolment.QuizAnswers;
import nl.ptvt.academy.shared.AcademyException;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.web.ErrorPages;
import nl.ptvt.academy.shared.web.Messages;
import nl.ptvt.academy.shared.web.Texts;

/**
 * The lesson player at {@code /leren?inschrijving=…&les=…}: the outline of the enrolled version with each lesson's
 * state on the left, one lesson on the right. Without a lesson it opens where the learner left off (the first
 * lesson the first time). Marking a lesson done and submitting a quiz are posts that redirect to an address of their
 * own (a quiz's result is {@code &poging=…}), so a reload never does anything twice.
 */
@Named("lessonPlayer")
@ViewScoped
public class LessonPlayerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Enrolments enrolments;

    @Inject
    LessonProgress progress;

    private Long enrolmentId;
    private Long lessonId;
    private Integer attemptNumber;

    private EnrolmentOutline outline;
    private PlayerLesson lesson;
    private AttemptResult attempt;

    /** The view action. */
    public void load() {
        if (enrolmentId == null) {
            ErrorPages.refuse(new ResourceNotFoundException("enrolment.not-found", "No enrolment id"));
            return;
        }
        try {
            outline = enrolments.outline(enrolmentId);
            if (!isLearning()) {
                return;
            }
            Long target = lessonId != null ? lessonId : resumeLesson();
            if (target == null) {
                return;
            }
            lesson = progress.openLesson(enrolmentId, target);
            lessonId = target;
            if (attemptNumber != null && isQuiz()) {
                attempt = progress.attempt(enrolmentId, target, attemptNumber);
            }
        } catch (AcademyException e) {
            ErrorPages.refuse(e);
        }
    }

    /** Where the learner left off, if that lesson is still in the outline, else the first lesson. */
    private Long resumeLesson() {
        Long resume = outline.enrolment().resumeLessonId();
        List<LessonOutline> all = lessons().toList();
        if (resume != null && all.stream().anyMatch(l -> l.id() == resume)) {
            return resume;
        }
        return all.isEmpty() ? null : all.get(0).id();
    }

    private Stream<LessonOutline> lessons() {
        return outline.modules().stream().flatMap(module -> module.lessons().stream());
    }

    /** "Markeren als gedaan" for a page, video or file; the learner stays on the lesson and sees its new state. */
    public String markDone() {
        try {
            EnrolmentView after = progress.completeLesson(enrolmentId, lessonId);
            Messages.info(null, Texts.text(after.status() == EnrolmentStatus.COMPLETED ? "player.completed" : "player.markedDone"));
        } catch (AcademyException e) {
            Messages.error(null, e);
            return null;
        }
        Messages.keepForRedirect();
        return LearningAddresses.player(enrolmentId, lessonId);
    }

    /** Hands in the answers; the service grades them and the result page shows score, pass or fail and feedback. */
    public String submitQuiz() {
        Map<String, String[]> posted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        Map<String, List<Long>> chosen = new LinkedHashMap<>();
        for (CourseDetail.QuestionView question : lesson.content().questions()) {
            chosen.put(Long.toString(question.id()), optionIds(posted.get(answerName(question))));
        }
        AttemptResult result;
        try {
            result = progress.submitAttempt(enrolmentId, lessonId, new QuizAnswers(chosen));
        } catch (AcademyException e) {
            Messages.error(null, e);
            return null;
        }
        if (result.progress().completedAt() != null && result.passed()) {
            Messages.info(null, Texts.text("player.completed"));
            Messages.keepForRedirect();
        }
        return LearningAddresses.attempt(enrolmentId, lessonId, result.attempt());
    }

    /**
     * The name of a question's radio buttons or checkboxes. Plain inputs rather than Faces components, so that each
     * question is exactly a fieldset with its legend and one labelled input per option.
     */
    public String answerName(CourseDetail.QuestionView question) {
        return "answer-" + question.id();
    }

    /** What cannot be an option id is left out; an id that is not in the quiz is refused by the service. */
    private static List<Long> optionIds(String[] values) {
        List<Long> ids = new ArrayList<>();
        for (String value : values == null ? new String[0] : values) {
            try {
                ids.add(Long.parseLong(value.strip()));
            } catch (NumberFormatException notAnId) {
                // not something our form sends: ignore
            }
        }
        return ids;
    }

    public boolean isLearning() {
        EnrolmentStatus status = outline == null ? null : outline.enrolment().status();
        return status == EnrolmentStatus.ACTIVE || status == EnrolmentStatus.COMPLETED;
    }

    public boolean isQuiz() {
        return lesson != null && lesson.content().kind() == LessonKind.QUIZ;
    }

    /** The current lesson's state from the outline (which is read after every change). */
    public LessonOutline getState() {
        return lesson == null ? null : state(lesson.content().id());
    }

    private LessonOutline state(long id) {
        return lessons().filter(l -> l.id() == id).findFirst().orElse(null);
    }

    public boolean isCurrent(LessonOutline candidate) {
        return lessonId != null && candidate.id() == lessonId;
    }

    /** A page, video or file that is not yet done can be marked done (a quiz counts when an attempt passes). */
    public boolean isMarkable() {
        LessonOutline state = getState();
        return state != null && !isQuiz() && state.state() != LessonState.DONE;
    }

    /** The quiz form is shown until the quiz is passed, while attempts are left, and not above a result. */
    public boolean isQuizOpen() {
        LessonOutline state = getState();
        return isQuiz() && attempt == null && state.state() != LessonState.PASSED && !Objects.equals(state.attemptsLeft(), 0);
    }

    /** "Opnieuw proberen" under a failed attempt's result, while attempts are left. */
    public boolean isRetryAllowed() {
        LessonOutline state = getState();
        return attempt != null && state.state() != LessonState.PASSED && !Objects.equals(state.attemptsLeft(), 0);
    }

    /** A question with one right answer has radio buttons, the others checkboxes (as in the author's preview). */
    public String inputType(CourseDetail.QuestionView question) {
        return question.kind() == QuestionKind.MULTIPLE ? "checkbox" : "radio";
    }

    /** The feedback on one question of the shown attempt. */
    public AttemptResult.QuestionFeedback feedback(CourseDetail.QuestionView question) {
        return attempt == null ? null : attempt.feedback().stream()
                .filter(feedback -> feedback.questionId() == question.id()).findFirst().orElse(null);
    }

    public String optionText(CourseDetail.QuestionView question, long optionId) {
        return question.options().stream().filter(option -> option.id() == optionId)
                .map(CourseDetail.OptionView::text).findFirst().orElse("");
    }

    /** The lesson's state in words, so that the outline never relies on an icon or a colour. */
    public String stateText(LessonOutline state) {
        String key = switch (state.state()) {
            case DONE -> "player.state.done";
            case PASSED -> "player.state.passed";
            case FAILED -> "player.state.failed";
            case NOT_STARTED -> state.kind() == LessonKind.QUIZ ? "player.state.notAttempted" : "player.state.notDone";
        };
        return Texts.text(key);
    }

    /** A symbol beside the state's words (hidden from screen readers, which read the words). */
    public String stateIcon(LessonOutline state) {
        return switch (state.state()) {
            case DONE, PASSED -> "✓";
            case FAILED -> "✗";
            case NOT_STARTED -> "○";
        };
    }

    public int getCourseLessonCount() {
        return (int) lessons().count();
    }

    /** The position of the current lesson in the course, from 1 (0 when none is shown). */
    public int getLessonNumber() {
        List<Long> ids = lessons().map(LessonOutline::id).toList();
        return lessonId == null ? 0 : ids.indexOf(lessonId) + 1;
    }

    public EnrolmentOutline getOutline() {
        return outline;
    }

    public EnrolmentView getEnrolment() {
        return outline == null ? null : outline.enrolment();
    }

    public PlayerLesson getLesson() {
        return lesson;
    }

    public AttemptResult getAttempt() {
        return attempt;
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public void setEnrolmentId(Long enrolmentId) {
        this.enrolmentId = enrolmentId;
    }

    public Long getLessonId() {
        return lessonId;
    }

    public void setLessonId(Long lessonId) {
        this.lessonId = lessonId;
    }

    public Integer getAttemptNumber() {
        return attemptNumber;
    }

    public void setAttemptNumber(Integer attemptNumber) {
        this.attemptNumber = attemptNumber;
    }
}
