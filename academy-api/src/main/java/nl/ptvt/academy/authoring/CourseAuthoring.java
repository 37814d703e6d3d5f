package nl.ptvt.academy.authoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import nl.ptvt.academy.catalogue.CourseDetail;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;

/**
 * Authors (and administrators) write courses. An author edits only the courses they own or co-author.
 * Every change goes to the course's draft version; when the course is published, the first change makes a new
 * draft from the published version, and the catalogue keeps showing the published one until the draft is
 * published in turn.
 */
public interface CourseAuthoring {

    /** A new course: version 1, a draft, owned by the caller. */
    CourseDetail create(@NotNull @Valid CourseDetails details);

    CourseDetail update(long courseId, @NotNull @Valid CourseDetails details);

    CourseDetail.ModuleView addModule(long courseId, @NotNull @Valid NewModule module);

    /**
     * Appends a lesson. Like every change to a module or lesson below, it may be addressed to the published
     * version while there is no draft: it then goes to the same place in a new draft (whose ids differ).
     *
     * @throws nl.ptvt.academy.shared.BusinessRuleException {@code lesson.old-version} for a module of any other
     *                                                      version than the one the authors see
     */
    CourseDetail.LessonView addLesson(long moduleId, @NotNull @Valid NewLesson lesson);

    /** A module as its course's editors see it (any version). */
    CourseDetail.ModuleView module(long moduleId);

    CourseDetail.ModuleView renameModule(long moduleId, @NotNull @Valid NewModule module);

    /** Removes the module with its lessons; the modules after it move up. */
    void removeModule(long moduleId);

    /**
     * @return the course as its editors see it now
     * @throws nl.ptvt.academy.shared.BusinessRuleException {@code module.order-mismatch} unless the order names
     *                                                      exactly the course's current modules
     */
    CourseDetail reorderModules(long courseId, @NotNull @Valid ModuleOrder order);

    /** A lesson with everything its authors wrote, correct answers and feedback included (any version). */
    AuthoredLesson lesson(long lessonId);

    /** Replaces the lesson's content; it keeps its place. */
    AuthoredLesson updateLesson(long lessonId, @NotNull @Valid NewLesson lesson);

    /** Removes the lesson; the lessons after it move up. */
    void removeLesson(long lessonId);

    /**
     * @throws nl.ptvt.academy.shared.BusinessRuleException {@code lesson.order-mismatch} unless the order names
     *                                                      exactly the module's current lessons
     */
    CourseDetail.ModuleView reorderLessons(long moduleId, @NotNull @Valid LessonOrder order);

    /** Moves a lesson within its module or to another module of the course; in another module it gets a new id. */
    AuthoredLesson moveLesson(long lessonId, @NotNull @Valid LessonPlacement placement);

    /** Publishes the draft: it replaces the catalogue entry; the previous version stays for those enrolled on it. */
    PublicationResult publish(long courseId);

    /** Takes the course out of the catalogue. */
    PublicationResult archive(long courseId);

    List<PublicationRecord> history(long courseId);

    /**
     * The courses the caller writes (as owner or co-author), newest first, paged in the database; administrators
     * get every course.
     */
    Page<AuthoredCourse> myCourses(@NotNull @Valid PageRequest page);
}
