package nl.ptvt.academy.catalogue.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.ptvt.academy.catalogue.CourseDetail;
import nl.ptvt.academy.catalogue.CourseSummary;
import nl.ptvt.academy.catalogue.domain.Course;
import nl.ptvt.academy.catalogue.domain.CourseContent;
import nl.ptvt.academy.catalogue.domain.CourseModule;
import nl.ptvt.academy.catalogue.domain.CourseVersion;
import nl.ptvt.academy.catalogue.domain.Lesson;
import nl.ptvt.academy.catalogue.domain.QuizQuestion;

/** Course versions as views, inside the transaction. Quiz answers and feedback are left out on purpose. */
@ApplicationScoped
public class CourseAssembler {

    public CourseDetail detail(CourseVersion version) {
        Course course = version.course();
        CourseContent content = version.content();
        return new CourseDetail(course.id(), course.slug(), course.status(), version.number(), version.isDraft(),
                content.title(), content.summary(), content.description(), content.format(), content.themeCode(),
                content.audiences(), content.programmeLine(), content.studyHours(), content.language(),
                content.certificate(), content.certificateValidityMonths(),
                version.modules().stream().map(CourseAssembler::module).toList());
    }

    public CourseSummary summary(CourseVersion version) {
        CourseContent content = version.content();
        return new CourseSummary(version.course().id(), version.course().slug(), content.title(), content.summary(),
                content.format(), content.themeCode(), content.audiences(), content.programmeLine(),
                content.studyHours(), version.number());
    }

    public static CourseDetail.ModuleView module(CourseModule module) {
        return new CourseDetail.ModuleView(module.id(), module.title(),
                module.lessons().stream().map(CourseAssembler::lesson).toList());
    }

    public static CourseDetail.LessonView lesson(Lesson lesson) {
        List<CourseDetail.QuestionView> questions = lesson.questions().stream().map(CourseAssembler::question).toList();
        return new CourseDetail.LessonView(lesson.id(), lesson.title(), lesson.kind(), lesson.isRequired(), lesson.body(),
                lesson.videoUrl(), lesson.passMark(), lesson.maxAttempts(), questions);
    }

    private static CourseDetail.QuestionView question(QuizQuestion question) {
        return new CourseDetail.QuestionView(question.id(), question.text(), question.kind(),
                question.options().stream().map(option -> new CourseDetail.OptionView(option.id(), option.text())).toList());
    }
}
