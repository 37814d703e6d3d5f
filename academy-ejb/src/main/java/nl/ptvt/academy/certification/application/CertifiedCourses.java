package nl.ptvt.academy.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import nl.ptvt.academy.catalogue.domain.Course;
import nl.ptvt.academy.catalogue.domain.CourseContent;
import nl.ptvt.academy.catalogue.domain.CourseRepository;
import nl.ptvt.academy.catalogue.domain.CourseVersion;
import nl.ptvt.academy.catalogue.domain.Theme;
import nl.ptvt.academy.certification.domain.CertifiedCourse;

/** Reads what a certificate needs of a course version from the catalogue, by id. */
@ApplicationScoped
public class CertifiedCourses {

    @Inject
    CourseRepository courses;

    /** The version a learner completed. */
    public Optional<CertifiedCourse> version(long courseVersionId) {
        return courses.findVersion(courseVersionId).map(this::certified);
    }

    /** The course as it is offered now: its published version (the newest, when it is not published). */
    public Optional<CertifiedCourse> current(long courseId) {
        return courses.findById(courseId).map(course -> certified(course.publishedVersion().orElse(course.currentVersion())));
    }

    public Optional<Course> course(long courseId) {
        return courses.findById(courseId);
    }

    private CertifiedCourse certified(CourseVersion version) {
        CourseContent content = version.content();
        Optional<Theme> theme = content.themeCode() == null ? Optional.empty() : courses.findTheme(content.themeCode());
        boolean current = version.course().publishedVersion().map(published -> Objects.equals(published.id(), version.id()))
                .orElse(false);
        return new CertifiedCourse(version.course().id(), version.id(), version.title(), version.number(),
                theme.map(Theme::nameNl).orElse(null), theme.map(Theme::nameEn).orElse(null), content.studyHours(),
                content.language(), content.certificate(), content.certificateValidityMonths(), current);
    }
}
