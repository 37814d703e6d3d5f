package nl.ptvt.academy.enrolment;

import java.time.Instant;
import java.util.List;
import nl.ptvt.academy.catalogue.LessonKind;

/**
 * One enrolment with the outline of its course version, for the lesson player and the progress bars: per module
 * the required lessons done out of its required lessons, per lesson its state and, for a quiz, the attempts.
 * Never contains correct answers or feedback.
 */
public record EnrolmentOutline(EnrolmentView enrolment, List<ModuleOutline> modules) {

    public EnrolmentOutline {
        modules = List.copyOf(modules);
    }

    /** A module with its own progress (what counts is the same as for the course: see {@link Progress}). */
    public record ModuleOutline(long id, String title, int percent, int lessonsDone, int lessonsRequired,
                                List<LessonOutline> lessons) {
        public ModuleOutline {
            lessons = List.copyOf(lessons);
        }
    }

    /**
     * A lesson and where the learner stands. {@code required}: whether it counts towards completion.
     * {@code doneAt}: when a page/video/file was marked done. For a quiz: {@code passMark}, {@code maxAttempts}
     * ({@code null}: no limit), {@code attemptsUsed}, {@code attemptsLeft} ({@code null}: no limit) and
     * {@code bestScore} ({@code null} before the first attempt); these are {@code null} (or 0) for other kinds.
     */
    public record LessonOutline(long id, String title, LessonKind kind, boolean required, LessonState state,
                                Instant doneAt, Integer passMark, Integer maxAttempts, int attemptsUsed,
                                Integer attemptsLeft, Integer bestScore) {
    }
}
