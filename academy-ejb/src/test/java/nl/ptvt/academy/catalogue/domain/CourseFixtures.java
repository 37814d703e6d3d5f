package nl.ptvt.academy.catalogue.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import nl.ptvt.academy.catalogue.Audience;
import nl.ptvt.academy.catalogue.CourseFormat;
import nl.ptvt.academy.catalogue.LessonKind;
import nl.ptvt.academy.catalogue.ProgrammeLine;
import nl.ptvt.academy.catalogue.QuestionKind;

/** Courses and lessons as the unit tests need them. */
final class CourseFixtures {

    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    static final long AUTHOR = 7L;

    private CourseFixtures() {
    }

    static CourseContent content(String title) {
        return new CourseContent(title, "Waarom kiezen leerlingen wel of niet voor techniek?", "<p>Het model</p>",
                CourseFormat.E_LEARNING, "BETA_TECH_MENTALITY", List.of(Audience.SECONDARY_TEACHER), ProgrammeLine.JET_NET_TECHNET,
                new BigDecimal("2.5"), "nl", true, 24);
    }

    static Course courseWithOneLesson(String title) {
        Course course = Course.create("slug", AUTHOR, content(title), NOW);
        course.editableDraft(NOW).addModule("Inleiding").addLesson(text("Welkom"));
        return course;
    }

    static LessonSpec text(String title) {
        return new LessonSpec(title, LessonKind.TEXT, true, "<p>Lees dit</p>", null, null, null, List.of());
    }

    static LessonSpec.QuestionSpec single(String text, String correct, String wrong) {
        return new LessonSpec.QuestionSpec(text, QuestionKind.SINGLE,
                List.of(new LessonSpec.OptionSpec(correct, true, "Goed zo"), new LessonSpec.OptionSpec(wrong, false, "Nee, kijk nog eens")));
    }
}
