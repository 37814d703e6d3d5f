package nl.ptvt.academy.authoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.ptvt.academy.authoring.CourseAuthoring;
import nl.ptvt.academy.authoring.CourseDetails;
import nl.ptvt.academy.authoring.NewLesson;
import nl.ptvt.academy.authoring.NewModule;
import nl.ptvt.academy.authoring.PublicationRecord;
import nl.ptvt.academy.authoring.PublicationResult;
import nl.ptvt.academy.catalogue.Catalogue;
import nl.ptvt.academy.catalogue.CourseDetail;
import nl.ptvt.academy.catalogue.CourseStatus;
import nl.ptvt.academy.files.Uploads;
import nl.ptvt.academy.shared.AcademyException;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.web.CommandValidation;
import nl.ptvt.academy.shared.web.ErrorPages;
import nl.ptvt.academy.shared.web.Messages;
import nl.ptvt.academy.shared.web.Texts;
import org.primefaces.event.FileUploadEvent;

/**
 * The course editor: the details, the outline of modules and lessons with forms to add them, publishing and
 * archiving, and the publication history. It always shows the version the authors work on: the draft when there is
 * one (the catalogue gives editors the draft), else the published version; the first change to a published course
 * makes a new draft in the service.
 */
@Named
@ViewScoped
public class CourseEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DETAILS_FORM = "course";
    static final String MODULE_FORM = "module";
    static final String LESSON_FORM = "lesson";
    static final String PUBLICATION_FORM = "publication";

    /** Refusals of the details that are about one input (the image's are CourseImagePanel's); others go above the form. */
    private static final Map<String, String> DETAILS_INPUTS = Map.of(
            "course.unknown-theme", "theme",
            "course.image-type", CourseImagePanel.INPUT,
            "file.not-found", CourseImagePanel.INPUT,
            "course.image-alt-required", "imageAlt");
    /** Refusals of the lesson rules that are about one input; the others are shown above the lesson form. */
    private static final Map<String, String> LESSON_INPUTS = Map.of(
            "lesson.text-without-body", "body",
            "lesson.video-address", "videoUrl",
            "lesson.file-required", "file",
            "file.not-found", "file");

    @Inject
    CourseAuthoring authoring;

    @Inject
    Catalogue catalogue;

    @Inject
    CommandValidation validation;

    @Inject
    Uploads uploads;

    private Long id;
    private CourseDetail course;
    private List<PublicationRecord> history = List.of();
    private CourseDetailsForm details;
    private String moduleTitle;
    private LessonForm lesson = new LessonForm();

    /** The view action: an unknown course is a 404, a course of someone else's a 403. */
    public void load() {
        if (id == null) {
            ErrorPages.refuse(new ResourceNotFoundException("course.not-found", "No course id"));
            return;
        }
        try {
            history = authoring.history(id);
            reload();
        } catch (AcademyException e) {
            ErrorPages.refuse(e);
        }
    }

    public void save() {
        CourseDetails command = details.toCommand(DETAILS_FORM);
        if (command == null || !validation.validate(command, DETAILS_FORM)) {
            return;
        }
        try {
            authoring.update(id, command);
            reload();
            Messages.info(DETAILS_FORM, Texts.text("editor.course.saved"));
        } catch (AcademyException e) {
            String input = DETAILS_INPUTS.get(e.code());
            Messages.error(input == null ? DETAILS_FORM : DETAILS_FORM + ":" + input, e);
        }
    }

    public void addModule() {
        NewModule command = new NewModule(moduleTitle == null ? null : moduleTitle.strip());
        if (!validation.validate(command, MODULE_FORM, Map.of("title", "moduleTitle"))) {
            return;
        }
        try {
            CourseDetail.ModuleView added = authoring.addModule(id, command);
            moduleTitle = null;
            reload();
            // the new module is where the next lesson most likely goes
            lesson.setModuleId(modulePresent(added.id()) ? added.id() : lastModuleId());
            Messages.info(MODULE_FORM, Texts.text("editor.module.added", added.title()));
        } catch (AcademyException e) {
            Messages.error(MODULE_FORM, e);
        }
    }

    /** "Les toevoegen" at a module: the lesson form below now adds to that module. */
    public void chooseModule(CourseDetail.ModuleView module) {
        lesson.setModuleId(module.id());
    }

    public void addLesson() {
        if (lesson.getModuleId() == null || !modulePresent(lesson.getModuleId())) {
            Messages.error(LESSON_FORM + ":moduleId", Texts.text("editor.lesson.module.required"));
            return;
        }
        if (!validLesson()) {
            return;
        }
        int position = modulePosition(lesson.getModuleId());
        try {
            CourseDetail.LessonView added = authoring.addLesson(lesson.getModuleId(), lesson.toCommand());
            reload();
            // a lesson added to a published course went into a new draft, whose modules have new ids
            LessonForm next = new LessonForm();
            next.setModuleId(course.modules().get(Math.min(position, course.modules().size() - 1)).id());
            lesson = next;
            Messages.info(LESSON_FORM, Texts.text("editor.lesson.added", added.title()));
        } catch (AcademyException e) {
            String input = LESSON_INPUTS.get(e.code());
            Messages.error(input == null ? LESSON_FORM : LESSON_FORM + ":" + input, e);
        }
    }

    /** The file of a FILE lesson, stored at once (checked on type and size by the service) and kept in the form. */
    public void upload(FileUploadEvent event) {
        String input = LESSON_FORM + ":file";
        FileUploads.store(uploads, event, input).ifPresent(stored -> {
            lesson.attach(stored);
            Messages.info(input, Texts.text("editor.lesson.file.uploaded", stored.name()));
        });
    }

    /**
     * The lesson's own fields, then every question and every option, each with its messages on its own inputs
     * (the quiz builder's rows are {@code lesson:questions:<i>:…} and {@code …:options:<j>:…}).
     */
    private boolean validLesson() {
        NewLesson command = lesson.toCommand();
        NewLesson withoutQuestions = new NewLesson(command.title(), command.kind(), command.required(), command.body(),
                command.videoUrl(), command.passMark(), command.maxAttempts(), List.of(), command.fileId());
        boolean valid = validation.validate(withoutQuestions, LESSON_FORM);
        for (int q = 0; q < command.questions().size(); q++) {
            NewLesson.Question question = command.questions().get(q);
            String questionForm = LESSON_FORM + ":questions:" + q;
            valid &= validation.validate(new NewLesson.Question(question.text(), question.kind(), List.of()), questionForm);
            for (int o = 0; o < question.options().size(); o++) {
                valid &= validation.validate(question.options().get(o), questionForm + ":options:" + o);
            }
        }
        return valid;
    }

    public void publish() {
        try {
            PublicationResult result = authoring.publish(id);
            reload();
            Messages.info(PUBLICATION_FORM, Texts.text("editor.publication.published", result.version()));
        } catch (AcademyException e) {
            Messages.error(PUBLICATION_FORM, e);
        }
    }

    public void archive() {
        try {
            PublicationResult result = authoring.archive(id);
            reload();
            Messages.info(PUBLICATION_FORM, Texts.text("editor.publication.archived", result.version()));
        } catch (AcademyException e) {
            Messages.error(PUBLICATION_FORM, e);
        }
    }

    /** Reads the course again (its draft, for editors), its history, and fills the details form. */
    private void reload() {
        course = catalogue.course(id);
        history = authoring.history(id);
        details = CourseDetailsForm.of(course);
        if (lesson.getModuleId() == null || !modulePresent(lesson.getModuleId())) {
            lesson.setModuleId(lastModuleId());
        }
    }

    private boolean modulePresent(long moduleId) {
        return course.modules().stream().anyMatch(module -> module.id() == moduleId);
    }

    private int modulePosition(long moduleId) {
        for (int i = 0; i < course.modules().size(); i++) {
            if (course.modules().get(i).id() == moduleId) {
                return i;
            }
        }
        return course.modules().size() - 1;
    }

    private Long lastModuleId() {
        return course.modules().isEmpty() ? null : course.modules().get(course.modules().size() - 1).id();
    }

    /** There is a draft with changes that the catalogue does not show yet. */
    public boolean isPublishable() {
        return course != null && course.draft();
    }

    public boolean isArchivable() {
        return course != null && course.status() == CourseStatus.PUBLISHED;
    }

    /** The course is in the catalogue (or was) while a newer draft waits. */
    public boolean isDraftOfPublishedCourse() {
        return course != null && course.draft() && course.status() != CourseStatus.DRAFT;
    }

    /** The history's action ("PUBLISHED", "ARCHIVED") in the page's language. */
    public String actionLabel(String action) {
        return Texts.textOr("editor.history.action." + action, action);
    }

    public boolean isNoModules() {
        return course == null || course.modules().isEmpty();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CourseDetail getCourse() {
        return course;
    }

    public List<PublicationRecord> getHistory() {
        return history;
    }

    public CourseDetailsForm getDetails() {
        return details;
    }

    public String getModuleTitle() {
        return moduleTitle;
    }

    public void setModuleTitle(String moduleTitle) {
        this.moduleTitle = moduleTitle;
    }

    public LessonForm getLesson() {
        return lesson;
    }
}
