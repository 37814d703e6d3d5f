package nl.ptvt.academy.authoring.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.ptvt.academy.authoring.AuthoredCourse;
import nl.ptvt.academy.authoring.CourseAuthoring;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.web.PagedDataModel;

/** An author's courses (all courses, for an administrator), newest first, each with its status and a way to edit. */
@Named
@ViewScoped
public class AuthorCoursesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseAuthoring authoring;

    private PagedDataModel<AuthoredCourse> courses;

    @PostConstruct
    void init() {
        courses = new PagedDataModel<>(request -> authoring.myCourses(request), AuthoredCourse::id);
    }

    public PagedDataModel<AuthoredCourse> getCourses() {
        return courses;
    }

    public int getPageSize() {
        return PageRequest.DEFAULT_SIZE;
    }
}
