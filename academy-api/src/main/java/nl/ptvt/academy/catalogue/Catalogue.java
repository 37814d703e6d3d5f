package nl.ptvt.academy.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;

/** Finding and reading published courses; open to everyone, signed in or not. */
public interface Catalogue {

    /**
     * Accent-insensitive search over title, summary and description: a query of several words finds the courses
     * that contain all of them (each as the start of a word). Paged and sorted in the database.
     */
    Page<CourseSummary> search(@NotNull CatalogueSearch search, @NotNull @Valid PageRequest page);

    /**
     * The published version of a course; its authors and administrators get the draft when there is one.
     *
     * @throws nl.ptvt.academy.shared.ResourceNotFoundException when there is no such course visible to the caller
     */
    CourseDetail course(long courseId);

    /** As {@link #course(long)}, by the course's address in the catalogue ({@code /cursus/{slug}}). */
    CourseDetail courseBySlug(@NotNull String slug);

    List<ThemeView> themes(@NotNull Locale language);
}
