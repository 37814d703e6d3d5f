package nl.ptvt.academy.enrolment.domain;

import nl.ptvt.academy.catalogue.LessonKind;
import nl.ptvt.academy.catalogue.domain.Lesson;

/** What the completion rule needs to know of a lesson. */
public record LessonRequirement(long id, long moduleId, boolean quiz, boolean required) {

    public static LessonRequirement of(Lesson lesson) {
        return new LessonRequirement(lesson.id(), lesson.module().id(), lesson.kind() == LessonKind.QUIZ, lesson.isRequired());
    }
}
