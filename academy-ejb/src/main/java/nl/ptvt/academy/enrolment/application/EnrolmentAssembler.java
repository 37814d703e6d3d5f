package nl.ptvt.academy.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ptvt.academy.catalogue.application.CourseAssembler;
import nl.ptvt.academy.catalogue.domain.CourseVersion;
import nl.ptvt.academy.catalogue.domain.Lesson;
import nl.ptvt.academy.catalogue.domain.QuizResult;
import nl.ptvt.academy.enrolment.AttemptResult;
import nl.ptvt.academy.enrolment.EnrolmentOutline;
import nl.ptvt.academy.enrolment.EnrolmentView;
import nl.ptvt.academy.enrolment.LearnerProgress;
import nl.ptvt.academy.enrolment.PlayerLesson;
import nl.ptvt.academy.enrolment.Progress;
import nl.ptvt.academy.enrolment.domain.CompletionRule;
import nl.ptvt.academy.enrolment.domain.Enrolment;
import nl.ptvt.academy.enrolment.domain.LearnerLine;
import nl.ptvt.academy.enrolment.domain.LessonCount;
import nl.ptvt.academy.enrolment.domain.LessonRecords;
import nl.ptvt.academy.enrolment.domain.LessonRequirement;
import nl.ptvt.academy.enrolment.domain.QuizAttempt;
import nl.ptvt.academy.enrolment.domain.QuizTally;

/** Enrolments as views, inside the transaction. Correct answers and feedback only ever go into an attempt's result. */
@ApplicationScoped
public class EnrolmentAssembler {

    @Inject
    CourseAssembler courseAssembler;

    public EnrolmentView view(Enrolment enrolment, CourseVersion version) {
        return new EnrolmentView(enrolment.id(), enrolment.courseId(), version.course().slug(), version.title(),
                version.number(), enrolment.status(), progress(enrolment), enrolment.requestedAt(),
                enrolment.activatedAt().orElse(null), enrolment.withdrawnAt().orElse(null),
                enrolment.firstActivityAt().orElse(null), enrolment.lastActivityAt().orElse(null),
                enrolment.lastLessonId().orElseGet(() -> lessons(version).stream().findFirst().map(Lesson::id).orElse(null)),
                enrolment.approved().map(approved -> new EnrolmentView.Decision(approved,
                        enrolment.decidedAt().orElse(null), enrolment.decisionReason().orElse(null))).orElse(null));
    }

    static Progress progress(Enrolment enrolment) {
        LessonCount lessons = enrolment.lessonCount();
        return new Progress(enrolment.percent(), lessons.done(), lessons.required(), enrolment.completedAt().orElse(null));
    }

    public EnrolmentOutline outline(Enrolment enrolment, CourseVersion version, LessonRecords records) {
        CompletionRule rule = CompletionRule.of(version);
        return new EnrolmentOutline(view(enrolment, version), version.modules().stream().map(module -> {
            LessonCount count = rule.measureModule(module.id(), records);
            return new EnrolmentOutline.ModuleOutline(module.id(), module.title(), count.percent(), count.done(),
                    count.required(), module.lessons().stream().map(lesson -> lesson(lesson, rule, records)).toList());
        }).toList());
    }

    public PlayerLesson player(Enrolment enrolment, CourseVersion version, Lesson lesson, LessonRecords records) {
        List<Lesson> lessons = lessons(version);
        int index = lessons.indexOf(lesson);
        return new PlayerLesson(enrolment.id(), lesson(lesson, CompletionRule.of(version), records),
                courseAssembler.lesson(lesson),
                index > 0 ? lessons.get(index - 1).id() : null,
                index + 1 < lessons.size() ? lessons.get(index + 1).id() : null);
    }

    public AttemptResult attempt(Enrolment enrolment, Lesson quiz, QuizAttempt attempt, QuizResult result, int attemptsUsed) {
        List<AttemptResult.QuestionFeedback> feedback = result.questions().stream()
                .map(question -> new AttemptResult.QuestionFeedback(question.questionId(), question.correct(),
                        question.chosen().stream()
                                .map(option -> new AttemptResult.OptionFeedback(option.optionId(), option.correct(), option.feedback()))
                                .toList()))
                .toList();
        return new AttemptResult(enrolment.id(), quiz.id(), attempt.attemptNumber(), attempt.score(), attempt.passed(),
                attemptsLeft(quiz, attemptsUsed), attempt.submittedAt(), feedback, progress(enrolment));
    }

    /**
     * A report row; {@code version} is the version the learner is enrolled on, {@code tallies} their quiz results.
     */
    public LearnerProgress learner(LearnerLine line, CourseVersion version, String organisationName, List<QuizTally> tallies) {
        Map<Long, String> quizTitles = lessons(version).stream().collect(Collectors.toMap(Lesson::id, Lesson::title));
        LessonCount lessons = line.lessons();
        return new LearnerProgress(line.enrolmentId(), line.courseId(), version.title(), version.number(), line.accountId(),
                line.name(), line.email(), line.organisationId(), organisationName, line.status(),
                new Progress(lessons.percent(), lessons.done(), lessons.required(), line.completedAt()),
                line.requestedAt(), line.activatedAt(), line.firstActivityAt(), line.lastActivityAt(),
                tallies.stream().map(tally -> new LearnerProgress.QuizScore(tally.lessonId(),
                        quizTitles.getOrDefault(tally.lessonId(), ""), tally.bestScore(), tally.passed(), tally.attempts())).toList());
    }

    private static EnrolmentOutline.LessonOutline lesson(Lesson lesson, CompletionRule rule, LessonRecords records) {
        LessonRequirement requirement = LessonRequirement.of(lesson);
        int used = records.attemptsUsed(lesson.id());
        return new EnrolmentOutline.LessonOutline(lesson.id(), lesson.title(), lesson.kind(), rule.counts(lesson.id()),
                records.state(requirement), records.doneAt(lesson.id()).orElse(null),
                requirement.quiz() ? lesson.passMark() : null, requirement.quiz() ? lesson.maxAttempts() : null, used,
                requirement.quiz() ? attemptsLeft(lesson, used) : null, records.bestScore(lesson.id()).orElse(null));
    }

    private static Integer attemptsLeft(Lesson quiz, int used) {
        return quiz.maxAttempts() == null ? null : Math.max(0, quiz.maxAttempts() - used);
    }

    static List<Lesson> lessons(CourseVersion version) {
        return version.modules().stream().flatMap(module -> module.lessons().stream()).toList();
    }
}
