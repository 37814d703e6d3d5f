package nl.ptvt.academy.authoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.ptvt.academy.catalogue.domain.Course;
import nl.ptvt.academy.catalogue.domain.CourseRepository;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.shared.AccessRefusedException;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.infrastructure.CurrentCaller;

/** Who may change a course: its owner and co-authors, and administrators. Shared by the authoring services. */
@ApplicationScoped
public class CourseEditors {

    @Inject
    CourseRepository courses;

    @Inject
    CurrentCaller caller;

    /** The course, when the caller may change it. */
    public Course editable(long courseId) {
        Course course = courses.findById(courseId)
                .orElseThrow(() -> new ResourceNotFoundException("course.not-found", "There is no course with id " + courseId));
        requireEditor(course);
        return course;
    }

    public void requireEditor(Course course) {
        if (!course.canBeEditedBy(caller.requireAccountId(), caller.isInRole(Role.Names.ADMIN))) {
            throw new AccessRefusedException("course.not-an-author", "Only the course's authors and administrators may edit it");
        }
    }
}
