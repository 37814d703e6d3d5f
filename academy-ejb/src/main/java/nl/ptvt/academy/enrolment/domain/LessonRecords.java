package nl.ptvt.academy.enrolment.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.ptvt.academy.enrolment.LessonState;

/** What one learner did in the lessons of their enrolment: lessons marked as done and quiz attempts. */
public final class LessonRecords {

    private final Map<Long, Instant> doneAt = new HashMap<>();
    private final Map<Long, Integer> attemptsUsed = new HashMap<>();
    private final Map<Long, Integer> bestScore = new HashMap<>();
    private final Set<Long> passedQuizzes = new HashSet<>();

    private LessonRecords() {
    }

    public static LessonRecords of(List<LessonCompletion> completions, List<QuizAttempt> attempts) {
        LessonRecords records = new LessonRecords();
        for (LessonCompletion completion : completions) {
            records.doneAt.put(completion.lessonId(), completion.completedAt());
        }
        for (QuizAttempt attempt : attempts) {
            records.attemptsUsed.merge(attempt.lessonId(), 1, Integer::sum);
            records.bestScore.merge(attempt.lessonId(), attempt.score(), Math::max);
            if (attempt.passed()) {
                records.passedQuizzes.add(attempt.lessonId());
            }
        }
        return records;
    }

    public static LessonRecords none() {
        return new LessonRecords();
    }

    /** A page, video or file counts when marked as done; a quiz only when an attempt passed. */
    public boolean isDone(LessonRequirement lesson) {
        return lesson.quiz() ? passedQuizzes.contains(lesson.id()) : doneAt.containsKey(lesson.id());
    }

    public LessonState state(LessonRequirement lesson) {
        if (lesson.quiz()) {
            if (passedQuizzes.contains(lesson.id())) {
                return LessonState.PASSED;
            }
            return attemptsUsed(lesson.id()) > 0 ? LessonState.FAILED : LessonState.NOT_STARTED;
        }
        return doneAt.containsKey(lesson.id()) ? LessonState.DONE : LessonState.NOT_STARTED;
    }

    public Optional<Instant> doneAt(long lessonId) {
        return Optional.ofNullable(doneAt.get(lessonId));
    }

    public int attemptsUsed(long lessonId) {
        return attemptsUsed.getOrDefault(lessonId, 0);
    }

    public Optional<Integer> bestScore(long lessonId) {
        return Optional.ofNullable(bestScore.get(lessonId));
    }
}
