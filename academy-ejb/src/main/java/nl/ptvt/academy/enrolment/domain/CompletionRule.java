package nl.ptvt.academy.enrolment.domain;

import java.util.Collection;
import java.util.List;
import nl.ptvt.academy.catalogue.domain.CourseVersion;

/**
 * THE completion rule of a course version: it is complete when every required lesson is done, where a page, video
 * or file is done when marked as done and a quiz when one of its attempts passed (a failed quiz is not done).
 * Optional lessons never count. A version in which the author marked every lesson optional counts all of them, so
 * that nobody completes a course by doing nothing. Progress per module counts the same lessons.
 */
public final class CompletionRule {

    private final List<LessonRequirement> counted;

    private CompletionRule(List<LessonRequirement> counted) {
        this.counted = counted;
    }

    public static CompletionRule of(Collection<LessonRequirement> lessons) {
        List<LessonRequirement> required = lessons.stream().filter(LessonRequirement::required).toList();
        return new CompletionRule(required.isEmpty() ? List.copyOf(lessons) : required);
    }

    public static CompletionRule of(CourseVersion version) {
        return of(version.modules().stream().flatMap(module -> module.lessons().stream()).map(LessonRequirement::of).toList());
    }

    public boolean counts(long lessonId) {
        return counted.stream().anyMatch(lesson -> lesson.id() == lessonId);
    }

    public int lessonsRequired() {
        return counted.size();
    }

    public LessonCount measure(LessonRecords records) {
        return count(counted, records);
    }

    public LessonCount measureModule(long moduleId, LessonRecords records) {
        return count(counted.stream().filter(lesson -> lesson.moduleId() == moduleId).toList(), records);
    }

    private static LessonCount count(List<LessonRequirement> lessons, LessonRecords records) {
        return new LessonCount((int) lessons.stream().filter(records::isDone).count(), lessons.size());
    }
}
