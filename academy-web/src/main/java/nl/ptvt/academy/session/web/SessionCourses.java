package nl.ptvt.academy.session.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.ptvt.academy.catalogue.Catalogue;
import nl.ptvt.academy.catalogue.CourseDetail;
import nl.ptvt.academy.shared.ResourceNotFoundException;

/**
 * The title and address of the courses that sessions belong to, looked up once per view. A session of a course that
 * is no longer in the catalogue (archived) is not shown on the public pages.
 */
class SessionCourses implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a page needs of a course. */
    record CourseName(long id, String title, String slug, String language) implements Serializable {
    }

    private final Map<Long, Optional<CourseName>> known = new HashMap<>();

    Optional<CourseName> of(long courseId, Catalogue catalogue) {
        return known.computeIfAbsent(courseId, id -> {
            try {
                CourseDetail course = catalogue.course(id);
                return Optional.of(new CourseName(course.id(), course.title(), course.slug(), course.language()));
            } catch (ResourceNotFoundException e) {
                return Optional.empty();
            }
        });
    }
}
