package nl.ptvt.academy.catalogue.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.ptvt.academy.catalogue.CatalogueSearch;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;

/** Where courses, their versions and the catalogue index are kept. */
public interface CourseRepository {

    Optional<Course> findById(long id);

    Optional<Course> findBySlug(String slug);

    Optional<CourseModule> findModule(long moduleId);

    Optional<CourseVersion> findVersion(long versionId);

    /** These versions (of any state) with their courses, in one query. */
    List<CourseVersion> findVersions(Collection<Long> versionIds);

    Optional<Lesson> findLesson(long lessonId);

    boolean slugTaken(String slug);

    Course add(Course course);

    /** Makes pending inserts visible (and their generated ids). */
    void flush();

    Optional<Theme> findTheme(String code);

    List<Theme> themes();

    /** The catalogue: ids of published courses matching the search, paged and sorted in the database. */
    Page<Long> searchCatalogue(CatalogueSearch search, PageRequest page);

    /** The published versions of these courses, in one query. */
    List<CourseVersion> publishedVersions(Collection<Long> courseIds);

    /**
     * Ids of the courses an account writes (as owner or co-author), or of every course when {@code authorId} is
     * empty (administrators); newest first, paged in the database.
     */
    Page<Long> authoredCourses(Optional<Long> authorId, PageRequest page);

    /** The versions an author works with, in one query: each course's draft and its published version. */
    List<CourseVersion> draftAndPublishedVersions(Collection<Long> courseIds);

    void showInCatalogue(Course course, CourseVersion version, java.time.Instant now);

    void removeFromCatalogue(long courseId);
}
