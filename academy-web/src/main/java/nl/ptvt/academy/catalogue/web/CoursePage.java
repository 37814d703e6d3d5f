package nl.ptvt.academy.catalogue.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.Locale;
import nl.ptvt.academy.catalogue.Catalogue;
import nl.ptvt.academy.catalogue.CourseDetail;
import nl.ptvt.academy.catalogue.ThemeView;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.web.Labels;
import nl.ptvt.academy.shared.web.Language;

/**
 * Anyone reads a course's page at {@code /cursus/{slug}} (see {@link CourseAddressFilter}): what it is, for whom,
 * and its table of contents. A course that does not exist or is not published gives the "page not found" page,
 * with status 404, whether it never existed or was archived.
 */
@Named
@ViewScoped
public class CoursePage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String NOT_FOUND_VIEW = "/fout/niet-gevonden.xhtml";

    @Inject
    Catalogue catalogue;

    @Inject
    Language language;

    @Inject
    Labels labels;

    private String slug;
    private CourseDetail course;
    private String themeName;

    /**
     * The view action. A course that is not there shows the "not found" page in place of this one, with status 404.
     * (Not through {@code responseSendError}: the container's error dispatch after a forward from
     * {@link CourseAddressFilter} makes Faces log a failed first attempt at rendering the error page; and not as a
     * navigation outcome, which Faces answers with a redirect.)
     */
    public void load() {
        if (slug == null || slug.isBlank()) {
            showNotFound();
            return;
        }
        try {
            course = catalogue.courseBySlug(slug.strip());
        } catch (ResourceNotFoundException e) {
            showNotFound();
            return;
        }
        themeName = course.theme() == null ? null : catalogue.themes(language.getLocale()).stream()
                .filter(theme -> theme.code().equals(course.theme())).map(ThemeView::name).findFirst()
                .orElse(course.theme());
    }

    private static void showNotFound() {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        UIViewRoot notFound = context.getApplication().getViewHandler().createView(context, NOT_FOUND_VIEW);
        context.setViewRoot(notFound);
    }

    public CourseDetail getCourse() {
        return course;
    }

    public String getThemeName() {
        return themeName;
    }

    /** The audiences in their usual order (po, vo, mbo/hbo, …). */
    public String getAudienceNames() {
        return course == null ? "" : labels.all(course.audiences().stream().sorted().toList());
    }

    public int getLessonCount() {
        return course == null ? 0 : course.modules().stream().mapToInt(module -> module.lessons().size()).sum();
    }

    /** The course's language, named in the page language ("Nederlands", "Engels"; "Dutch", "English"). */
    public String getLanguageName() {
        if (course == null || course.language() == null) {
            return "";
        }
        Locale courseLanguage = Locale.forLanguageTag(course.language());
        String name = courseLanguage.getDisplayLanguage(language.getLocale());
        return name.isEmpty() ? course.language() : name.substring(0, 1).toUpperCase(language.getLocale()) + name.substring(1);
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
