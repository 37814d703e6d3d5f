package nl.ptvt.academy.authoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
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
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

/**
 * The course editor: the details, the outline of modules and lessons (reordered by drag-and-drop or, from the
 * keyboard, with up and down buttons; changed and removed) with forms to add and change them, publishing and
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
    static final String OUTLINE_FORM = "outline";
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
    /** The module whose title the module form changes; null while it adds a module. */
    private Long renamedModuleId;
    private LessonForm lesson = new LessonForm();
    private List<OutlineModule> outline = List.of();

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
    public void chooseModule(OutlineModule module) {
        if (lesson.isEditing()) {
            lesson = new LessonForm();
            resetInputs(LESSON_FORM);
        }
        lesson.setModuleId(module.getId());
    }

    public void addLesson() {
        if (!lessonReady()) {
            return;
        }
        int position = modulePosition(lesson.getModuleId());
        try {
            CourseDetail.LessonView added = authoring.addLesson(lesson.getModuleId(), lesson.toCommand());
            lessonSaved(position, Texts.text("editor.lesson.added", added.title()));
        } catch (AcademyException e) {
            lessonRefused(e);
        }
    }

    /** "Wijzigen" at a lesson: the lesson form below now changes that lesson, filled with all of it. */
    public void editLesson(CourseDetail.LessonView chosen) {
        try {
            AuthoredLesson authored = authoring.lesson(chosen.id());
            lesson = LessonForm.of(authored, authored.fileId() == null ? null : uploads.find(authored.fileId()).orElse(null));
            resetInputs(LESSON_FORM);
        } catch (AcademyException e) {
            reload();
            Messages.error(OUTLINE_FORM, e);
        }
    }

    /** Saves the changed lesson; another module chosen in the form moves it to the end of that module. */
    public void updateLesson() {
        if (!lessonReady()) {
            return;
        }
        int position = modulePosition(lesson.getModuleId());
        try {
            AuthoredLesson updated = authoring.updateLesson(lesson.getLessonId(), lesson.toCommand());
            if (lesson.isMovedToOtherModule()) {
                // the update of a published course made a new draft: find the target module there by its place
                long target = catalogue.course(id).modules().get(position).id();
                authoring.moveLesson(updated.id(), new LessonPlacement(target, null));
            }
            lessonSaved(position, Texts.text("editor.lesson.saved", updated.title()));
        } catch (AcademyException e) {
            lessonRefused(e);
        }
    }

    public void cancelLessonEdit() {
        LessonForm next = new LessonForm();
        next.setModuleId(lesson.getModuleId());
        lesson = next;
        resetInputs(LESSON_FORM);
    }

    private boolean lessonReady() {
        if (lesson.getModuleId() == null || !modulePresent(lesson.getModuleId())) {
            Messages.error(LESSON_FORM + ":moduleId", Texts.text("editor.lesson.module.required"));
            return false;
        }
        return validLesson();
    }

    /** A change to a published course went into a new draft, whose modules have new ids: keep the module by place. */
    private void lessonSaved(int modulePosition, String message) {
        reload();
        LessonForm next = new LessonForm();
        next.setModuleId(course.modules().get(Math.min(modulePosition, course.modules().size() - 1)).id());
        lesson = next;
        resetInputs(LESSON_FORM);
        Messages.info(LESSON_FORM, message);
    }

    private void lessonRefused(AcademyException e) {
        String input = LESSON_INPUTS.get(e.code());
        Messages.error(input == null ? LESSON_FORM : LESSON_FORM + ":" + input, e);
    }

    public void removeLesson(CourseDetail.LessonView removed) {
        outlineChange(() -> authoring.removeLesson(removed.id()), Texts.text("editor.lesson.removed", removed.title()));
        if (lesson.isEditing() && removed.id() == lesson.getLessonId()) {
            cancelLessonEdit();
        }
    }

    public String removeLessonQuestion(CourseDetail.LessonView lessonView) {
        return Texts.text("editor.lesson.remove.confirm.message", lessonView.title());
    }

    // ---------------------------------------------------------------------------------------------------------
    // The outline: order, renaming and removing modules

    /** Up (-1) or down (+1) one place, the keyboard's alternative to dragging; the focus stays on the button. */
    public void moveModule(OutlineModule module, int step) {
        int index = savedModuleIds().indexOf(module.getId());
        List<Long> order = OutlineOrder.moving(savedModuleIds(), index, step);
        if (outlineChange(() -> authoring.reorderModules(id, new ModuleOrder(order)),
                Texts.text("editor.module.moved", module.getTitle(), index + step + 1))) {
            focusMoveButton(OUTLINE_FORM + ":modules:" + (index + step), "module", index + step, course.modules().size(), step);
        }
    }

    public void moveLesson(OutlineModule module, CourseDetail.LessonView moved, int step) {
        int moduleIndex = outline.indexOf(module);
        int index = module.placeOf(moved.id());
        List<Long> order = module.lessonIdsMoving(moved.id(), step);
        if (outlineChange(() -> authoring.reorderLessons(module.getId(), new LessonOrder(order)),
                Texts.text("editor.lesson.moved", moved.title(), index + step + 1))) {
            focusMoveButton(OUTLINE_FORM + ":modules:" + moduleIndex + ":lessons:" + (index + step), "lesson", index + step,
                    module.getLessons().size(), step);
        }
    }

    /**
     * Saves the order a drag-and-drop left: PrimeFaces has already moved the dragged row in the outline's list of
     * modules, or of one module's lessons.
     */
    public void saveDraggedOrder() {
        List<Long> modules = outline.stream().map(OutlineModule::getId).toList();
        if (!modules.equals(savedModuleIds())) {
            outlineChange(() -> authoring.reorderModules(id, new ModuleOrder(modules)), Texts.text("editor.outline.saved"));
            return;
        }
        outline.stream().filter(OutlineModule::lessonsReordered).findFirst().ifPresent(module ->
                outlineChange(() -> authoring.reorderLessons(module.getId(), new LessonOrder(module.lessonIds())),
                        Texts.text("editor.outline.saved")));
    }

    /** "Titel wijzigen" at a module: the module form now renames it. */
    public void editModule(OutlineModule module) {
        renamedModuleId = module.getId();
        moduleTitle = module.getTitle();
        resetInputs(MODULE_FORM);
    }

    public void renameModule() {
        NewModule command = new NewModule(moduleTitle == null ? null : moduleTitle.strip());
        if (!validation.validate(command, MODULE_FORM, Map.of("title", "moduleTitle"))) {
            return;
        }
        try {
            CourseDetail.ModuleView renamed = authoring.renameModule(renamedModuleId, command);
            cancelModuleEdit();
            reload();
            Messages.info(MODULE_FORM, Texts.text("editor.module.saved", renamed.title()));
        } catch (AcademyException e) {
            Messages.error(MODULE_FORM, e);
        }
    }

    public void cancelModuleEdit() {
        renamedModuleId = null;
        moduleTitle = null;
        resetInputs(MODULE_FORM);
    }

    public void removeModule(OutlineModule module) {
        outlineChange(() -> authoring.removeModule(module.getId()), Texts.text("editor.module.removed", module.getTitle()));
        if (Long.valueOf(module.getId()).equals(renamedModuleId)) {
            cancelModuleEdit();
        }
    }

    public String removeModuleQuestion(OutlineModule module) {
        return Texts.text("editor.module.remove.confirm.message", module.getTitle());
    }

    public boolean isRenamingModule() {
        return renamedModuleId != null;
    }

    private List<Long> savedModuleIds() {
        return course.modules().stream().map(CourseDetail.ModuleView::id).toList();
    }

    /**
     * Runs a change to the outline and shows the outline as saved, with a message; a refusal (someone else changed
     * the course meanwhile, say) shows why, over the outline as it is now.
     */
    private boolean outlineChange(Runnable change, String message) {
        try {
            change.run();
            reload();
            Messages.info(OUTLINE_FORM, message);
            return true;
        } catch (AcademyException e) {
            reload();
            Messages.error(OUTLINE_FORM, e);
            return false;
        }
    }

    /**
     * Shows a form from its (new) model: an input keeps the value it last received while it was hidden (a text
     * typed before switching the lesson kind, say) until it is reset.
     */
    private static void resetInputs(String form) {
        PrimeFaces.current().resetInputs(":" + form);
    }

    /** The moved item's button in the same direction, or the other one when it reached the first or last place. */
    private static void focusMoveButton(String row, String item, int index, int count, int step) {
        boolean sameDirectionPossible = step < 0 ? index > 0 : index < count - 1;
        String direction = (step < 0) == sameDirectionPossible ? "up" : "down";
        // a client id inside table rows is no search expression for PrimeFaces.current().focus(); ask the browser
        PrimeFaces.current().executeScript("document.getElementById('" + row + ":" + item + "-" + direction + "').focus()");
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
        outline = course.modules().stream().map(OutlineModule::new).toList();
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

    /** The modules with their lessons, in lists that drag-and-drop reorders (see {@link #saveDraggedOrder}). */
    public List<OutlineModule> getOutline() {
        return outline;
    }
}
