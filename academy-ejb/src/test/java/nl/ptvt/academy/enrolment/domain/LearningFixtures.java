package nl.ptvt.academy.enrolment.domain;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nl.ptvt.academy.catalogue.Audience;
import nl.ptvt.academy.catalogue.CourseFormat;
import nl.ptvt.academy.catalogue.EnrolmentApproval;
import nl.ptvt.academy.catalogue.LessonKind;
import nl.ptvt.academy.catalogue.QuestionKind;
import nl.ptvt.academy.catalogue.domain.Course;
import nl.ptvt.academy.catalogue.domain.CourseContent;
import nl.ptvt.academy.catalogue.domain.CourseModule;
import nl.ptvt.academy.catalogue.domain.CourseVersion;
import nl.ptvt.academy.catalogue.domain.Lesson;
import nl.ptvt.academy.catalogue.domain.LessonSpec;
import nl.ptvt.academy.catalogue.domain.QuizOption;
import nl.ptvt.academy.catalogue.domain.QuizQuestion;

/**
 * A published e-learning with ids, as it comes from the database: module "Voorbereiden" with two required pages and
 * an optional one, module "Afronden" with a required quiz (pass mark 50, two attempts) of one question.
 */
final class LearningFixtures {

    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    static final long AUTHOR = 7L;
    static final long LEARNER = 42L;

    private LearningFixtures() {
    }

    static Course eLearning(EnrolmentApproval approval) {
        return published(CourseFormat.E_LEARNING, approval);
    }

    static Course published(CourseFormat format, EnrolmentApproval approval) {
        Course course = Course.create("gastles", AUTHOR, new CourseContent("Een goede gastles geven", "Samenvatting",
                null, format, null, List.of(Audience.COMPANY_STAFF), null, new BigDecimal("3"), "nl", false, null), NOW);
        course.requireEnrolmentApproval(approval);
        CourseVersion draft = course.editableDraft(NOW);
        CourseModule preparing = draft.addModule("Voorbereiden");
        preparing.addLesson(text("Waarom gastlessen werken", true));
        preparing.addLesson(text("Afspraken maken", true));
        preparing.addLesson(text("Extra: een drukke klas", false));
        draft.addModule("Afronden").addLesson(new LessonSpec("Afsluitende quiz", LessonKind.QUIZ, true, null, null, 50, 2,
                List.of(new LessonSpec.QuestionSpec("Waarmee begint u?", QuestionKind.SINGLE, List.of(
                        new LessonSpec.OptionSpec("Met een vraag", true, "Juist"),
                        new LessonSpec.OptionSpec("Met een presentatie", false, "Liever niet"))))));
        course.publish(AUTHOR, NOW);
        return withIds(course);
    }

    static LessonSpec text(String title, boolean required) {
        return new LessonSpec(title, LessonKind.TEXT, required, "<p>Lees dit</p>", null, null, null, List.of());
    }

    static CourseVersion version(Course course) {
        return course.publishedVersion().orElseThrow();
    }

    static Lesson lesson(Course course, int module, int position) {
        return version(course).modules().get(module).lessons().get(position);
    }

    /** Ids as the database would give them, so that the rules can refer to lessons by id. */
    static Course withIds(Course course) {
        AtomicLong ids = new AtomicLong(100);
        setId(course, 1L);
        for (CourseVersion version : course.versions()) {
            setId(version, ids.incrementAndGet());
            for (CourseModule module : version.modules()) {
                setId(module, ids.incrementAndGet());
                for (Lesson lesson : module.lessons()) {
                    setId(lesson, ids.incrementAndGet());
                    for (QuizQuestion question : lesson.questions()) {
                        setId(question, ids.incrementAndGet());
                        for (QuizOption option : question.options()) {
                            setId(option, ids.incrementAndGet());
                        }
                    }
                }
            }
        }
        return course;
    }

    static void setId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
