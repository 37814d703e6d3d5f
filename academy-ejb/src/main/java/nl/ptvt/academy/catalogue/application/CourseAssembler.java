package nl.ptvt.academy.catalogue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import nl.ptvt.academy.catalogue.CourseDetail;
import nl.ptvt.academy.catalogue.CourseSummary;
import nl.ptvt.academy.catalogue.domain.Course;
import nl.ptvt.academy.catalogue.domain.CourseContent;
import nl.ptvt.academy.catalogue.domain.CourseImage;
import nl.ptvt.academy.catalogue.domain.CourseModule;
import nl.ptvt.academy.catalogue.domain.CourseVersion;
import nl.ptvt.academy.catalogue.domain.Lesson;
import nl.ptvt.academy.catalogue.domain.QuizQuestion;
import nl.ptvt.academy.files.UploadedFileView;
import nl.ptvt.academy.files.Uploads;

/** Course versions as views, inside the transaction. Quiz answers and feedback are left out on purpose. */
@ApplicationScoped
public class CourseAssembler {

    @Inject
    Uploads uploads;

    public CourseDetail detail(CourseVersion version) {
        Course course = version.course();
        CourseContent content = version.content();
        CourseImage image = content.image();
        return new CourseDetail(course.id(), course.slug(), course.status(), version.number(), version.isDraft(),
                content.title(), content.summary(), content.description(), content.format(), content.themeCode(),
                content.audiences(), content.programmeLine(), content.studyHours(), content.language(),
                content.certificate(), content.certificateValidityMonths(),
                image == null ? null : image.fileId(), image == null ? null : image.alt(), imageUrl(image),
                version.modules().stream().map(this::module).toList(), course.enrolmentApproval());
    }

    public CourseSummary summary(CourseVersion version) {
        CourseContent content = version.content();
        return new CourseSummary(version.course().id(), version.course().slug(), content.title(), content.summary(),
                content.format(), content.themeCode(), content.audiences(), content.programmeLine(),
                content.studyHours(), version.number(), imageUrl(content.image()),
                content.image() == null ? null : content.image().alt());
    }

    private static String imageUrl(CourseImage image) {
        return image == null ? null : UploadedFileView.urlOf(image.fileId());
    }

    public CourseDetail.ModuleView module(CourseModule module) {
        return new CourseDetail.ModuleView(module.id(), module.title(),
                module.lessons().stream().map(this::lesson).toList());
    }

    public CourseDetail.LessonView lesson(Lesson lesson) {
        List<CourseDetail.QuestionView> questions = lesson.questions().stream().map(CourseAssembler::question).toList();
        Optional<UploadedFileView> file = file(lesson);
        return new CourseDetail.LessonView(lesson.id(), lesson.title(), lesson.kind(), lesson.isRequired(), lesson.body(),
                lesson.videoUrl(), lesson.passMark(), lesson.maxAttempts(), questions, lesson.fileId(),
                file.map(UploadedFileView::name).orElse(null), file.map(UploadedFileView::size).orElse(null),
                file.map(UploadedFileView::url).orElse(null));
    }

    /** The uploaded file of a FILE lesson. */
    public Optional<UploadedFileView> file(Lesson lesson) {
        return lesson.fileId() == null ? Optional.empty() : uploads.find(lesson.fileId());
    }

    private static CourseDetail.QuestionView question(QuizQuestion question) {
        return new CourseDetail.QuestionView(question.id(), question.text(), question.kind(),
                question.options().stream().map(option -> new CourseDetail.OptionView(option.id(), option.text())).toList());
    }
}
