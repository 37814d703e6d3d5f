package nl.ptvt.academy.catalogue.domain;

import static nl.ptvt.academy.catalogue.domain.CourseFixtures.AUTHOR;
import static nl.ptvt.academy.catalogue.domain.CourseFixtures.NOW;
import static nl.ptvt.academy.catalogue.domain.CourseFixtures.content;
import static nl.ptvt.academy.catalogue.domain.CourseFixtures.single;
import static nl.ptvt.academy.catalogue.domain.CourseFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import nl.ptvt.academy.catalogue.LessonKind;
import nl.ptvt.academy.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** Editing, removing, reordering and moving modules and lessons: only the draft changes, positions stay 0..n-1. */
class CourseEditingTest {

    /** A draft with modules A, B, C; A has lessons a1, a2, a3 and B has b1. */
    private static Course course() {
        Course course = Course.create("bewerken", AUTHOR, content("Bewerken"), NOW);
        CourseVersion draft = course.editableDraft(NOW);
        CourseModule a = draft.addModule("A");
        a.addLesson(text("a1"));
        a.addLesson(text("a2"));
        a.addLesson(text("a3"));
        draft.addModule("B").addLesson(text("b1"));
        draft.addModule("C");
        return course;
    }

    private static List<String> modules(CourseVersion version) {
        return version.modules().stream().map(CourseModule::title).toList();
    }

    private static List<String> lessons(CourseModule module) {
        return module.lessons().stream().map(Lesson::title).toList();
    }

    private static void assertContiguous(CourseVersion version) {
        assertEquals(IntStream.range(0, version.modules().size()).boxed().toList(),
                version.modules().stream().map(CourseModule::position).toList(), "module positions");
        for (CourseModule module : version.modules()) {
            assertEquals(IntStream.range(0, module.lessons().size()).boxed().toList(),
                    module.lessons().stream().map(Lesson::position).toList(), "lesson positions of " + module.title());
        }
    }

    private static String refusal(Runnable change) {
        return assertThrows(BusinessRuleException.class, change::run).code();
    }

    @Test
    void modulesAreReorderedAndRemovedWithContiguousPositions() {
        Course course = course();
        CourseVersion draft = course.draft().orElseThrow();
        List<CourseModule> abc = draft.modules();

        course.reorderModules(List.of(abc.get(2), abc.get(0), abc.get(1)), NOW);
        assertEquals(List.of("C", "A", "B"), modules(draft));
        assertContiguous(draft);

        course.removeModule(draft.modules().get(1), NOW);
        assertEquals(List.of("C", "B"), modules(draft), "A and its lessons are gone");
        assertContiguous(draft);
        assertEquals(1, course.versions().size(), "no new version for a change to a draft");
    }

    @Test
    void anOrderMustNameExactlyTheCurrentModulesOrLessons() {
        Course course = course();
        CourseVersion draft = course.draft().orElseThrow();
        CourseModule a = draft.modules().get(0);
        CourseModule b = draft.modules().get(1);
        CourseModule c = draft.modules().get(2);

        assertEquals("module.order-mismatch", refusal(() -> course.reorderModules(List.of(a, b), NOW)), "one left out");
        assertEquals("module.order-mismatch", refusal(() -> course.reorderModules(List.of(a, b, b), NOW)), "one twice");
        assertEquals("module.order-mismatch", refusal(() -> course.reorderModules(List.of(a, b, c, a), NOW)), "one too many");
        Course other = course();
        assertEquals("module.order-mismatch", refusal(() -> course.reorderModules(
                List.of(a, b, other.draft().orElseThrow().modules().get(2)), NOW)), "another course's module");
        assertEquals("lesson.order-mismatch", refusal(() -> course.reorderLessons(a, List.of(a.lessons().get(0), a.lessons().get(1)), NOW)));
        assertEquals("lesson.order-mismatch", refusal(() -> course.reorderLessons(a, List.of(a.lessons().get(0), a.lessons().get(1),
                b.lessons().get(0)), NOW)), "a lesson of another module");
        assertEquals(List.of("A", "B", "C"), modules(draft), "nothing changed");
        assertEquals(List.of("a1", "a2", "a3"), lessons(a));
    }

    @Test
    void lessonsAreReorderedEditedAndRemovedWithContiguousPositions() {
        Course course = course();
        CourseModule a = course.draft().orElseThrow().modules().get(0);
        List<Lesson> lessons = a.lessons();

        course.reorderLessons(a, List.of(lessons.get(2), lessons.get(0), lessons.get(1)), NOW);
        assertEquals(List.of("a3", "a1", "a2"), lessons(a));

        course.editableLesson(a.lessons().get(1), NOW).update(new LessonSpec("Toets", LessonKind.QUIZ, false, null, null, 60, 2,
                List.of(single("Wie?", "Jij", "Ik"))));
        Lesson quiz = a.lessons().get(1);
        assertEquals("Toets", quiz.title());
        assertEquals(LessonKind.QUIZ, quiz.kind());
        assertEquals(1, quiz.position(), "an edited lesson keeps its place");
        assertEquals(60, quiz.passMark());
        assertTrue(quiz.body() == null, "the text of the former text lesson is gone");
        assertTrue(quiz.questions().get(0).options().get(0).isCorrect());

        course.removeLesson(a.lessons().get(0), NOW);
        assertEquals(List.of("Toets", "a2"), lessons(a));
        assertContiguous(course.draft().orElseThrow());
    }

    @Test
    void aModuleIsRenamedOnlyInADraft() {
        Course course = course();
        CourseVersion published = course.publish(AUTHOR, NOW);
        CourseModule publishedA = published.modules().get(0);
        assertEquals("course.version-frozen", refusal(() -> publishedA.rename("Stiekem")));

        course.editableModule(publishedA, NOW).rename("  Inleiding  ");
        assertEquals("A", publishedA.title(), "the published version stays as it was");
        assertEquals("Inleiding", course.draft().orElseThrow().modules().get(0).title());
    }

    @Test
    void changesAddressedToThePublishedVersionGoToTheSamePlacesInANewDraft() {
        Course course = course();
        CourseVersion published = course.publish(AUTHOR, NOW);
        CourseModule a = published.modules().get(0);
        Lesson a2 = a.lessons().get(1);

        Lesson draftA2 = course.editableLesson(a2, NOW);
        CourseVersion draft = course.draft().orElseThrow();
        assertNotSame(a2, draftA2);
        assertSame(draft, draftA2.module().courseVersion());
        assertEquals("a2", draftA2.title());
        assertEquals(1, draftA2.position());

        course.removeLesson(draft.modules().get(0).lessons().get(0), NOW);
        assertEquals(List.of("a2", "a3"), lessons(draft.modules().get(0)));
        assertEquals(List.of("a1", "a2", "a3"), lessons(a), "the published version keeps its lessons");
        assertContiguous(draft);
        assertContiguous(published);
    }

    @Test
    void aReorderOfThePublishedVersionIsMappedToTheNewDraft() {
        Course course = course();
        CourseVersion published = course.publish(AUTHOR, NOW);
        List<CourseModule> abc = published.modules();

        course.reorderModules(List.of(abc.get(1), abc.get(2), abc.get(0)), NOW);
        CourseVersion draft = course.draft().orElseThrow();
        assertEquals(List.of("B", "C", "A"), modules(draft));
        assertEquals(List.of("A", "B", "C"), modules(published));
        assertContiguous(draft);

        Course other = course();
        CourseModule a = other.publish(AUTHOR, NOW).modules().get(0);
        CourseModule reordered = other.reorderLessons(a, List.of(a.lessons().get(1), a.lessons().get(2), a.lessons().get(0)), NOW);
        assertSame(other.draft().orElseThrow(), reordered.courseVersion());
        assertEquals(List.of("a2", "a3", "a1"), lessons(reordered));
        assertEquals(List.of("a1", "a2", "a3"), lessons(a));
    }

    @Test
    void anOlderVersionRefusesEveryChange() {
        Course course = course();
        CourseVersion first = course.publish(AUTHOR, NOW);
        CourseModule a = first.modules().get(0);
        Lesson a1 = a.lessons().get(0);
        course.editableDraft(NOW).update(content("Bewerken, deel 2"));

        // while a draft exists, the published version's ids are no longer what the authors see
        assertEquals("lesson.old-version", refusal(() -> course.editableModule(a, NOW)));
        course.publish(AUTHOR, NOW);
        assertEquals(CourseVersion.State.SUPERSEDED, first.state());
        assertEquals("lesson.old-version", refusal(() -> course.editableLesson(a1, NOW)));
        assertEquals("lesson.old-version", refusal(() -> course.removeModule(a, NOW)));
        assertEquals("lesson.old-version", refusal(() -> course.removeLesson(a1, NOW)));
        assertEquals("lesson.old-version", refusal(() -> course.reorderLessons(a, a.lessons(), NOW)));
        assertEquals("lesson.old-version", refusal(() -> course.moveLesson(a1, a, 0, NOW)));
        assertEquals("module.order-mismatch", refusal(() -> course.reorderModules(first.modules(), NOW)),
                "an order of an older version's modules names none of the current ones");
        assertEquals(List.of("a1", "a2", "a3"), lessons(a));
        assertFalse(course.draft().isPresent(), "a refused change makes no draft");
    }

    @Test
    void aLessonMovesWithinItsModuleOrToAnotherModule() {
        Course course = course();
        CourseVersion draft = course.draft().orElseThrow();
        CourseModule a = draft.modules().get(0);
        CourseModule b = draft.modules().get(1);

        Lesson a1 = a.lessons().get(0);
        assertSame(a1, course.moveLesson(a1, a, null, NOW), "within its module a lesson stays itself");
        assertEquals(List.of("a2", "a3", "a1"), lessons(a), "no position: the end");
        course.moveLesson(a1, a, 1, NOW);
        assertEquals(List.of("a2", "a1", "a3"), lessons(a));

        Lesson moved = course.moveLesson(a.lessons().get(0), b, 0, NOW);
        assertEquals(List.of("a1", "a3"), lessons(a));
        assertEquals(List.of("a2", "b1"), lessons(b));
        assertSame(b, moved.module());
        assertEquals("a2", moved.title());
        course.moveLesson(a.lessons().get(1), draft.modules().get(2), null, NOW);
        assertEquals(List.of("a3"), lessons(draft.modules().get(2)));
        assertContiguous(draft);

        assertEquals("lesson.position-out-of-range", refusal(() -> course.moveLesson(b.lessons().get(0), a, 2, NOW)),
                "module A has one lesson: a lesson from elsewhere goes at 0 or 1");
        assertEquals("lesson.position-out-of-range", refusal(() -> course.moveLesson(b.lessons().get(0), b, 2, NOW)),
                "within B's two lessons: 0 or 1");
        Course other = course();
        assertEquals("lesson.move-target", refusal(() -> course.moveLesson(a.lessons().get(0), other.draft().orElseThrow().modules().get(0), 0, NOW)));
    }

    @Test
    void aLessonOfThePublishedVersionMovesInTheNewDraft() {
        Course course = course();
        CourseVersion published = course.publish(AUTHOR, NOW);
        Lesson b1 = published.modules().get(1).lessons().get(0);

        Lesson moved = course.moveLesson(b1, published.modules().get(0), 0, NOW);
        CourseVersion draft = course.draft().orElseThrow();
        assertSame(draft, moved.module().courseVersion());
        assertEquals(List.of("b1", "a1", "a2", "a3"), lessons(draft.modules().get(0)));
        assertEquals(List.of(), lessons(draft.modules().get(1)));
        assertEquals(List.of("b1"), lessons(published.modules().get(1)));
    }
}
