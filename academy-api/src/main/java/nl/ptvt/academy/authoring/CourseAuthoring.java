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

    /** @throws nl.ptvt.academy.shared.BusinessRuleException when the module belongs to a published version */
    CourseDetail.LessonView addLesson(long moduleId, @NotNull @Valid NewLesson lesson);

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
