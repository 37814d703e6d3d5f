package nl.ptvt.academy.catalogue.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ptvt.academy.catalogue.Catalogue;
import nl.ptvt.academy.catalogue.CatalogueSearch;
import nl.ptvt.academy.catalogue.CourseDetail;
import nl.ptvt.academy.catalogue.CourseSummary;
import nl.ptvt.academy.catalogue.ThemeView;
import nl.ptvt.academy.catalogue.domain.Course;
import nl.ptvt.academy.catalogue.domain.CourseRepository;
import nl.ptvt.academy.catalogue.domain.CourseVersion;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.infrastructure.CurrentCaller;

@Stateless
@PermitAll
public class CatalogueService implements Catalogue {

    @Inject
    CourseRepository courses;

    @Inject
    CourseAssembler assembler;

    @Inject
    CurrentCaller caller;

    @Override
    public Page<CourseSummary> search(CatalogueSearch search, PageRequest page) {
        Page<Long> ids = courses.searchCatalogue(search, page);
        Map<Long, CourseVersion> versions = courses.publishedVersions(ids.items()).stream()
                .collect(Collectors.toMap(version -> version.course().id(), Function.identity()));
        return ids.map(id -> assembler.summary(versions.get(id)));
    }

    @Override
    public CourseDetail course(long courseId) {
        return visibleVersion(courses.findById(courseId).orElseThrow(() -> notFound(String.valueOf(courseId))));
    }

    @Override
    public CourseDetail courseBySlug(String slug) {
        return visibleVersion(courses.findBySlug(slug).orElseThrow(() -> notFound(slug)));
    }

    @Override
    public List<ThemeView> themes(Locale language) {
        return courses.themes().stream().map(theme -> new ThemeView(theme.code(), theme.name(language))).toList();
    }

    /** Authors of the course and administrators see its draft; everyone sees what is in the catalogue. */
    private CourseDetail visibleVersion(Course course) {
        boolean editor = caller.accountId()
                .filter(id -> (caller.isInRole(Role.Names.AUTHOR) || caller.isInRole(Role.Names.ADMIN))
                        && course.canBeEditedBy(id, caller.isInRole(Role.Names.ADMIN)))
                .isPresent();
        if (editor) {
            return assembler.detail(course.draft().or(course::publishedVersion).orElseThrow());
        }
        if (!course.isInCatalogue()) {
            throw notFound(course.slug());
        }
        return assembler.detail(course.publishedVersion().orElseThrow());
    }

    private static ResourceNotFoundException notFound(String course) {
        return new ResourceNotFoundException("course.not-found", "There is no published course " + course);
    }
}
