package nl.ptvt.academy.authoring.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ptvt.academy.authoring.AuthoredCourse;
import nl.ptvt.academy.authoring.AuthoredLesson;
import nl.ptvt.academy.authoring.CourseAuthoring;
import nl.ptvt.academy.authoring.CourseDetails;
import nl.ptvt.academy.authoring.LessonOrder;
import nl.ptvt.academy.authoring.LessonPlacement;
import nl.ptvt.academy.authoring.ModuleOrder;
import nl.ptvt.academy.authoring.NewLesson;
import nl.ptvt.academy.authoring.NewModule;
import nl.ptvt.academy.authoring.PublicationRecord;
import nl.ptvt.academy.authoring.PublicationResult;
import nl.ptvt.academy.catalogue.CourseDetail;
import nl.ptvt.academy.catalogue.application.CourseAssembler;
import nl.ptvt.academy.catalogue.domain.Course;
import nl.ptvt.academy.catalogue.domain.CourseContent;
import nl.ptvt.academy.catalogue.domain.CourseImage;
import nl.ptvt.academy.catalogue.domain.CourseModule;
import nl.ptvt.academy.catalogue.domain.CourseRepository;
import nl.ptvt.academy.catalogue.domain.CourseVersion;
import nl.ptvt.academy.catalogue.domain.HtmlSanitizer;
import nl.ptvt.academy.catalogue.domain.Lesson;
import nl.ptvt.academy.catalogue.domain.LessonSpec;
import nl.ptvt.academy.catalogue.domain.Slugs;
import nl.ptvt.academy.files.UploadedFileView;
import nl.ptvt.academy.files.Uploads;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.shared.BusinessRuleException;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.infrastructure.CurrentCaller;

@Stateless
@RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
public class CourseAuthoringService implements CourseAuthoring {

    @Inject
    CourseRepository courses;

    @Inject
    CourseAssembler assembler;

    @Inject
    HtmlSanitizer sanitizer;

    @Inject
    CurrentCaller caller;

    @Inject
    CourseEditors editors;

    @Inject
    Uploads uploads;

    @Inject
    Clock clock;

    @Override
    public CourseDetail create(CourseDetails details) {
        CourseContent content = content(details);
        String slug = Slugs.unique(content.title(), courses::slugTaken);
        Course course = Course.create(slug, caller.requireAccountId(), content, clock.instant());
        course.requireEnrolmentApproval(details.enrolmentApproval());
        courses.add(course);
        return assembler.detail(course.draft().orElseThrow());
    }

    @Override
    public CourseDetail update(long courseId, CourseDetails details) {
        Course course = editable(courseId);
        CourseVersion draft = course.editableDraft(clock.instant());
        draft.update(content(details));
        course.requireEnrolmentApproval(details.enrolmentApproval());
        courses.flush();
        return assembler.detail(draft);
    }

    @Override
    public CourseDetail.ModuleView addModule(long courseId, NewModule module) {
        CourseModule added = editable(courseId).editableDraft(clock.instant()).addModule(module.title());
        courses.flush();
        return assembler.module(added);
    }

    @Override
    public CourseDetail.LessonView addLesson(long moduleId, NewLesson lesson) {
        CourseModule module = editableModule(moduleId);
        Lesson added = courseOf(module).editableModule(module, clock.instant()).addLesson(spec(lesson));
        courses.flush();
        return assembler.lesson(added);
    }

    @Override
    public CourseDetail.ModuleView module(long moduleId) {
        return assembler.module(editableModule(moduleId));
    }

    @Override
    public CourseDetail.ModuleView renameModule(long moduleId, NewModule module) {
        CourseModule found = editableModule(moduleId);
        CourseModule renamed = courseOf(found).editableModule(found, clock.instant());
        renamed.rename(module.title());
        courses.flush();
        return assembler.module(renamed);
    }

    @Override
    public void removeModule(long moduleId) {
        CourseModule module = editableModule(moduleId);
        courseOf(module).removeModule(module, clock.instant());
        courses.flush();
    }

    @Override
    public CourseDetail reorderModules(long courseId, ModuleOrder order) {
        Course course = editable(courseId);
        List<CourseModule> modules = course.currentVersion().modules();
        course.reorderModules(named(order.moduleIds(), modules, CourseModule::id, "module.order-mismatch", "modules of the course"),
                clock.instant());
        courses.flush();
        return assembler.detail(course.currentVersion());
    }

    @Override
    public AuthoredLesson lesson(long lessonId) {
        return authored(editableLesson(lessonId));
    }

    @Override
    public AuthoredLesson updateLesson(long lessonId, NewLesson lesson) {
        Lesson found = editableLesson(lessonId);
        LessonSpec spec = spec(lesson);
        Lesson updated = courseOf(found.module()).editableLesson(found, clock.instant());
        updated.update(spec);
        courses.flush();
        return authored(updated);
    }

    @Override
    public void removeLesson(long lessonId) {
        Lesson lesson = editableLesson(lessonId);
        courseOf(lesson.module()).removeLesson(lesson, clock.instant());
        courses.flush();
    }

    @Override
    public CourseDetail.ModuleView reorderLessons(long moduleId, LessonOrder order) {
        CourseModule module = editableModule(moduleId);
        List<Lesson> lessons = named(order.lessonIds(), module.lessons(), Lesson::id, "lesson.order-mismatch", "lessons of the module");
        CourseModule reordered = courseOf(module).reorderLessons(module, lessons, clock.instant());
        courses.flush();
        return assembler.module(reordered);
    }

    @Override
    public AuthoredLesson moveLesson(long lessonId, LessonPlacement placement) {
        Lesson lesson = editableLesson(lessonId);
        CourseModule to = placement.moduleId() == null ? lesson.module() : courses.findModule(placement.moduleId())
                .orElseThrow(() -> new BusinessRuleException("lesson.move-target", "There is no module with id " + placement.moduleId()));
        Lesson moved = courseOf(lesson.module()).moveLesson(lesson, to, placement.position(), clock.instant());
        courses.flush();
        return authored(moved);
    }

    @Override
    public PublicationResult publish(long courseId) {
        Course course = editable(courseId);
        CourseVersion published = course.publish(caller.requireAccountId(), clock.instant());
        courses.flush();
        courses.showInCatalogue(course, published, clock.instant());
        return new PublicationResult(course.id(), course.status(), published.number());
    }

    @Override
    public PublicationResult archive(long courseId) {
        Course course = editable(courseId);
        course.archive(caller.requireAccountId(), clock.instant());
        courses.removeFromCatalogue(course.id());
        return new PublicationResult(course.id(), course.status(), course.publishedVersion().orElseThrow().number());
    }

    @Override
    public List<PublicationRecord> history(long courseId) {
        return editable(courseId).publications().stream()
                .map(entry -> new PublicationRecord(entry.versionNumber(), entry.action().name(), entry.accountId(), entry.happenedAt()))
                .toList();
    }

    @Override
    public Page<AuthoredCourse> myCourses(PageRequest page) {
        Optional<Long> author = caller.isInRole(Role.Names.ADMIN) ? Optional.empty() : Optional.of(caller.requireAccountId());
        Page<Long> ids = courses.authoredCourses(author, page);
        // per course the version an author works on: the draft when there is one, else the published version
        Map<Long, CourseVersion> latest = courses.draftAndPublishedVersions(ids.items()).stream()
                .collect(Collectors.toMap(version -> version.course().id(), version -> version,
                        (one, other) -> one.isDraft() ? one : other));
        return ids.map(id -> authored(latest.get(id)));
    }

    private static AuthoredCourse authored(CourseVersion version) {
        Course course = version.course();
        return new AuthoredCourse(course.id(), course.slug(), version.title(), course.status(), version.number(), version.isDraft());
    }

    private Course editable(long courseId) {
        return editors.editable(courseId);
    }

    private CourseModule editableModule(long moduleId) {
        CourseModule module = courses.findModule(moduleId)
                .orElseThrow(() -> new ResourceNotFoundException("module.not-found", "There is no module with id " + moduleId));
        requireEditor(courseOf(module));
        return module;
    }

    private Lesson editableLesson(long lessonId) {
        Lesson lesson = courses.findLesson(lessonId)
                .orElseThrow(() -> new ResourceNotFoundException("lesson.not-found", "There is no lesson with id " + lessonId));
        requireEditor(courseOf(lesson.module()));
        return lesson;
    }

    private static Course courseOf(CourseModule module) {
        return module.courseVersion().course();
    }

    /**
     * The items an order names, in its order; an id that is not one of them is refused with the ids it could
     * name (the domain checks that none is left out or repeated).
     */
    private static <T> List<T> named(List<Long> ids, List<T> items, Function<T, Long> id, String code, String what) {
        Map<Long, T> byId = items.stream().collect(Collectors.toMap(id, Function.identity()));
        List<T> order = new ArrayList<>();
        for (Long wanted : ids) {
            T item = byId.get(wanted);
            if (item == null) {
                throw new BusinessRuleException(code, "The order must name exactly the current " + what + ", each once: "
                        + items.stream().map(id).toList() + "; " + wanted + " is not one of them");
            }
            order.add(item);
        }
        return order;
    }

    private AuthoredLesson authored(Lesson lesson) {
        Optional<UploadedFileView> file = assembler.file(lesson);
        List<AuthoredLesson.Question> questions = lesson.questions().stream()
                .map(question -> new AuthoredLesson.Question(question.id(), question.text(), question.kind(), question.options().stream()
                        .map(option -> new AuthoredLesson.Option(option.id(), option.text(), option.isCorrect(), option.feedback()))
                        .toList()))
                .toList();
        return new AuthoredLesson(lesson.id(), lesson.module().id(), lesson.position(), lesson.title(), lesson.kind(),
                lesson.isRequired(), lesson.body(), lesson.videoUrl(), lesson.passMark(), lesson.maxAttempts(), questions,
                lesson.fileId(), file.map(UploadedFileView::name).orElse(null), file.map(UploadedFileView::size).orElse(null),
                file.map(UploadedFileView::url).orElse(null));
    }

    private void requireEditor(Course course) {
        editors.requireEditor(course);
    }

    private CourseContent content(CourseDetails details) {
        String theme = details.theme() == null || details.theme().isBlank() ? null : details.theme().strip();
        if (theme != null && courses.findTheme(theme).isEmpty()) {
            throw new BusinessRuleException("course.unknown-theme", "There is no theme " + theme + " (see GET /api/v1/themes)");
        }
        return new CourseContent(details.title().strip(), details.summary().strip(), sanitizer.sanitize(details.description()),
                details.format(), theme, details.audiences(), details.programmeLine(), details.studyHours(),
                details.language(), details.certificate(), details.certificateValidityMonths(), image(details));
    }

    /** Checked on the type detected when the file was stored: only a PNG or JPEG can be a course's picture. */
    private CourseImage image(CourseDetails details) {
        if (details.imageFileId() == null) {
            return null;
        }
        UploadedFileView file = uploads.find(details.imageFileId()).orElseThrow(() -> new BusinessRuleException("file.not-found",
                "There is no uploaded file with id " + details.imageFileId()));
        return CourseImage.of(file.id(), file.contentType(), details.imageAlt());
    }

    private LessonSpec spec(NewLesson lesson) {
        List<LessonSpec.QuestionSpec> questions = lesson.questions().stream()
                .map(question -> new LessonSpec.QuestionSpec(question.text(), question.kind(), question.options().stream()
                        .map(option -> new LessonSpec.OptionSpec(option.text(), option.correct(), option.feedback()))
                        .toList()))
                .toList();
        if (lesson.fileId() != null && uploads.find(lesson.fileId()).isEmpty()) {
            throw new BusinessRuleException("file.not-found", "There is no uploaded file with id " + lesson.fileId());
        }
        return new LessonSpec(lesson.title(), lesson.kind(), lesson.isRequired(), sanitizer.sanitize(lesson.body()),
                lesson.videoUrl(), lesson.passMark(), lesson.maxAttempts(), questions, lesson.fileId());
    }
}
